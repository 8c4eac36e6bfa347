import { readLibrary } from '@/db/backup'
import { isSettingValue } from '@/db/settings'
import { articleToItem } from './feed-items'
import { BACKUP_FORMAT, BACKUP_VERSION, DEVICE_SETTINGS, JSON_FEED_VERSION, type BackupFile } from './format'
import { backupTopics, TOPIC_HANDOVER_KEY } from './topic-handover'

export interface ExportOptions {
  /** When the backup is made; defaults to now. */
  now?: Date
  /** The running build, recorded so a problem with a file can be traced to the app that wrote it. */
  buildId?: string
}

/**
 * The settings a backup carries: every setting people choose, with a value its validator accepts
 * (a stored value it rejects means the default anyway), sorted by name so two backups of one
 * library are identical.
 */
function exportableSettings(entries: ReadonlyArray<[string, unknown]>): Record<string, unknown> {
  const kept = entries.filter(([key, value]) => !DEVICE_SETTINGS.includes(key) && isSettingValue(key, value))
  return Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * Reads the whole library in one read transaction and returns it as a backup (src/backup/format.ts).
 * Records come in key order, so the same library always gives the same file but for `exportedAt`.
 */
export async function exportBackup({ now = new Date(), buildId }: ExportOptions = {}): Promise<BackupFile> {
  const library = await readLibrary()
  const handover = library.settings.find(([key]) => key === TOPIC_HANDOVER_KEY)?.[1]
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: buildId === undefined ? {} : { buildId },
    feed: { version: JSON_FEED_VERSION, title: 'Folio library', items: library.articles.map(articleToItem) },
    sources: library.sources,
    interactions: library.interactions,
    progress: library.progress,
    pending: library.pending,
    settings: exportableSettings(library.settings),
    topics: backupTopics(library.model, handover),
  }
}

/** `folio-backup-YYYY-MM-DD.json`, dated in the person's own time zone. */
export function backupFileName(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `folio-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`
}
