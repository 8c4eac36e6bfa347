import type { InteractionRecord, PendingUrlRecord, ProgressRecord, SourceRecord } from '@/db/schema'

/**
 * Folio's backup file: one JSON object holding the whole library. The articles travel as a JSON
 * Feed 1.1 (the design notes' interchange format), so any feed reader can read them; the rest
 * are the stores' records as they are.
 *
 * Derived stores are NOT in it: the topic model, the search index, text facets and term counts are
 * computed from the articles, and a restore rebuilds them (a refit, a reindex, the recommendations
 * worker's lazy pass). Only the topics' identities travel (`topics`), so names and topic thumbs
 * land on the same topics after the refit.
 */
export const BACKUP_FORMAT = 'folio-backup'

/** Bump when older code would misread or lose part of a newer file: it then refuses the file. */
export const BACKUP_VERSION = 1

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

/**
 * Folio's item extension (JSON Feed allows objects named `_…`): what an article has beyond the feed
 * fields. Snake case, like the feed's own fields and the importer's `_folio.document_url`.
 */
export interface FolioItemExtension {
  source_id: string
  /** Epoch milliseconds. */
  added_at: number
  word_count: number
  reading_minutes: number
  language: string | null
  /** Same-origin document the reader revalidates, e.g. `/articles/x.json`. */
  document_url: string | null
}

/** One article as a JSON Feed 1.1 item. Folio writes both contents; a restore needs one. */
export interface BackupItem {
  id: string
  url?: string
  title: string
  content_html?: string
  content_text?: string
  summary: string
  /** RFC 3339. */
  date_published: string
  authors?: Array<{ name: string }>
  tags: string[]
  _folio: FolioItemExtension
}

export interface BackupFeed {
  version: string
  title: string
  items: BackupItem[]
}

/**
 * The topics of the model the backup was made with, by stable key, with the stems a refit matches
 * them by (src/topics/topic-keys.ts). Null when there was no model.
 */
export interface BackupTopics {
  nextKey: number
  topics: Array<{ key: number; stems: string[] }>
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** ISO 8601. */
  exportedAt: string
  app: { buildId?: string }
  feed: BackupFeed
  sources: SourceRecord[]
  interactions: InteractionRecord[]
  progress: ProgressRecord[]
  pending: PendingUrlRecord[]
  /** Setting name → value (src/db/settings.ts); `persistenceRequested` and the journals of unfinished work belong to a device and stay out. */
  settings: Record<string, unknown>
  topics: BackupTopics | null
}

/** Settings that describe this browser, not the library: never exported, kept on restore. */
export const DEVICE_SETTINGS: readonly string[] = ['persistenceRequested', 'unfinishedIngest', 'topicsUnfinished']

export type BackupErrorCode = 'not_json' | 'not_backup' | 'newer_version' | 'invalid'

/** Why a file cannot be restored: `message` is for people, `path` names the first bad field. */
export class BackupError extends Error {
  override readonly name = 'BackupError'
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly path: string | null = null,
  ) {
    super(message)
  }
}
