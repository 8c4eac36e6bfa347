import { replaceLibrary } from '@/db/backup'
import type { ArticleRecord } from '@/db/schema'
import { DEFAULT_SETTINGS, isSettingValue } from '@/db/settings'
import { textToHtml, type ReadableParts } from '@/ingest/article-from-item'
import { itemToArticle } from './feed-items'
import { DEVICE_SETTINGS, type BackupFile, type BackupItem } from './format'
import { sanitizeBackupBody } from './sanitize-body'
import { TOPIC_HANDOVER_KEY } from './topic-handover'

/** What a restore stored, and what it left out with why ("settings.theme: …"). */
export interface RestoreReport {
  articles: number
  sources: number
  interactions: number
  progress: number
  pending: number
  settings: number
  skipped: string[]
}

export interface RestoreOptions {
  /** Sanitizes one body and gives its text: by default the importer's sanitizer (DOMPurify, needs a DOM). */
  sanitize?: (html: string, text: string | null) => ReadableParts
  /** Called as bodies are sanitized. */
  onProgress?: (done: number, total: number) => void
}

/** Sanitizing runs in the page: it yields after this many milliseconds, as the importer does. */
const SLICE_MS = 8

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The items as stored articles, every body sanitized: a backup file is untrusted input (it may have
 * been edited, or not come from Folio at all), so its HTML goes through the importer's sanitizer.
 */
async function sanitizedArticles(items: readonly BackupItem[], { sanitize = sanitizeBackupBody, onProgress }: RestoreOptions): Promise<ArticleRecord[]> {
  const articles: ArticleRecord[] = []
  let sliceStart = performance.now()
  for (const item of items) {
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress?.(articles.length, items.length)
      await yieldToPage()
      sliceStart = performance.now()
    }
    const text = item.content_text ?? null
    articles.push(itemToArticle(item, sanitize(item.content_html ?? textToHtml(text ?? ''), text)))
  }
  onProgress?.(articles.length, items.length)
  return articles
}

/** The settings to store: each through its own validator; unknown names and bad values are reported, not stored. */
function restorableSettings(settings: Record<string, unknown>): { entries: Array<[string, unknown]>; skipped: string[] } {
  const entries: Array<[string, unknown]> = []
  const skipped: string[] = []
  for (const [key, value] of Object.entries(settings)) {
    if (DEVICE_SETTINGS.includes(key)) continue // this device's own, whatever the file says
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) skipped.push(`settings.${key}: Folio has no such setting`)
    else if (!isSettingValue(key, value)) skipped.push(`settings.${key}: not a value this setting can take, so the default applies`)
    else entries.push([key, value])
  }
  return { entries, skipped }
}

/**
 * Replaces the library with a validated backup (see `readBackup`): sanitizes every body, then
 * writes everything in one transaction, so on any failure the library stays exactly as it was.
 * The derived stores are emptied; the caller rebuilds them (src/backup/restore-in-app.ts).
 */
export async function restoreBackup(backup: BackupFile, options: RestoreOptions = {}): Promise<RestoreReport> {
  const articles = await sanitizedArticles(backup.feed.items, options)
  const { entries, skipped } = restorableSettings(backup.settings)
  const settings = [...entries]
  if (backup.topics) {
    const names = entries.find(([key]) => key === 'topicNames')?.[1] ?? {}
    settings.push([TOPIC_HANDOVER_KEY, { ...backup.topics, names }])
  }
  const { sources, interactions, progress, pending } = backup
  await replaceLibrary({ articles, sources, interactions, progress, pending, settings }, DEVICE_SETTINGS)
  return { articles: articles.length, sources: sources.length, interactions: interactions.length, progress: progress.length, pending: pending.length, settings: entries.length, skipped }
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/** The report in a sentence for people: "Restored 3 articles, 1 source, … and 6 settings. Left out: …" */
export function describeRestore(report: RestoreReport): string {
  const parts = [plural(report.articles, 'article'), plural(report.sources, 'source'), plural(report.interactions, 'reading event'), plural(report.progress, 'reading position'), plural(report.settings, 'setting')]
  const skipped = report.skipped.length ? ` Left out: ${report.skipped.join('; ')}.` : ''
  return `Restored ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.${skipped}`
}
