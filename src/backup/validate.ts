import type { InteractionRecord, PendingUrlRecord, ProgressRecord, SourceRecord } from '@/db/schema'
import {
  count,
  fail,
  finite,
  fraction,
  httpUrl,
  isPlainObject,
  listOf,
  nonEmpty,
  nullable,
  oneOf,
  optional,
  plainObject,
  positiveInteger,
  record,
  rfc3339,
  articleDocument,
  string,
  unique,
  type Check,
} from './checks'
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupFeed, type BackupFile, type BackupItem, type BackupTopics, type FolioItemExtension } from './format'

const extension = record<FolioItemExtension>({
  source_id: nonEmpty,
  added_at: finite,
  word_count: count,
  reading_minutes: count,
  language: nullable(string),
  document_url: nullable(articleDocument),
})

const itemShape = record<BackupItem>({
  id: nonEmpty,
  url: optional(httpUrl),
  title: string,
  content_html: optional(string),
  content_text: optional(string),
  summary: string,
  date_published: rfc3339,
  authors: optional(listOf(record<{ name: string }>({ name: string }))),
  tags: listOf(string),
  _folio: extension,
})

/** JSON Feed needs one of the two contents; Folio writes both. */
const item: Check<BackupItem> = (value, path) => {
  const checked = itemShape(value, path)
  if (checked.content_html === undefined && checked.content_text === undefined) fail(`${path}.content_html`, 'must be a string when content_text is missing')
  return checked
}

const feed = record<BackupFeed>({
  version: (value, path) => (typeof value === 'string' && value.startsWith('https://jsonfeed.org/version/') ? value : fail(path, 'must be a JSON Feed version URL')),
  title: string,
  items: listOf(item),
})

const source = record<SourceRecord>({
  id: nonEmpty,
  kind: oneOf('sample', 'feed', 'saved', 'import'),
  title: string,
  url: nullable(string),
  addedAt: finite,
  etag: nullable(string),
  lastModified: nullable(string),
  fetchedAt: nullable(finite),
  fetchVia: optional(oneOf('direct', 'proxy')),
  lastError: optional(nullable(string)),
})

const interaction = record<InteractionRecord>({
  id: optional(positiveInteger),
  articleId: nonEmpty,
  event: oneOf('open', 'finish', 'like', 'dislike', 'unreact', 'hide', 'unhide', 'save', 'unsave'),
  at: finite,
})

const progress = record<ProgressRecord>({ articleId: nonEmpty, fraction, updatedAt: finite, finishedAt: nullable(finite) })

// Pending pages are fetched through the server when online: only web addresses.
const pending = record<PendingUrlRecord>({ url: httpUrl, title: nullable(string), addedAt: finite, attempts: count, lastError: nullable(string) })

const topics = record<BackupTopics>({
  nextKey: count,
  topics: listOf(record<BackupTopics['topics'][number]>({ key: count, stems: listOf(string) })),
})

const backupFile = record<BackupFile>({
  format: oneOf(BACKUP_FORMAT),
  version: (value, path) => (value === BACKUP_VERSION ? BACKUP_VERSION : fail(path, `must be ${BACKUP_VERSION}`)),
  exportedAt: rfc3339,
  app: record<BackupFile['app']>({ buildId: optional(string) }),
  feed,
  sources: listOf(source),
  interactions: listOf(interaction),
  progress: listOf(progress),
  pending: listOf(pending),
  // Each value is checked by the setting's own validator on restore; a bad one is dropped, not fatal.
  settings: plainObject,
  topics: nullable(topics),
})

/** What the shape cannot say: keys are unique, feeds are web addresses, and every article's source is in the file. */
function checkKeys(backup: BackupFile): void {
  unique(backup.feed.items, 'feed.items', 'id', (entry) => entry.id)
  unique(backup.sources, 'sources', 'id', (entry) => entry.id)
  unique(backup.interactions, 'interactions', 'id', (entry) => entry.id)
  unique(backup.progress, 'progress', 'articleId', (entry) => entry.articleId)
  unique(backup.pending, 'pending', 'url', (entry) => entry.url)
  unique(backup.topics?.topics ?? [], 'topics.topics', 'key', (entry) => entry.key)
  // Feeds are fetched again on every refresh: only web addresses (other kinds name where they came from).
  backup.sources.forEach((entry, index) => {
    if (entry.kind === 'feed') httpUrl(entry.url, `sources[${index}].url`)
  })
  const sources = new Set(backup.sources.map((entry) => entry.id))
  backup.feed.items.forEach((entry, index) => {
    if (!sources.has(entry._folio.source_id)) fail(`feed.items[${index}]._folio.source_id`, `names no source in sources ("${entry._folio.source_id}")`)
  })
}

function parse(text: string): unknown {
  try {
    // A byte-order mark is not JSON whitespace; a file saved by some editors starts with one.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch {
    throw new BackupError('not_json', 'This file is not valid JSON, so it cannot be a Folio backup.')
  }
}

/**
 * Reads a backup file's text, or throws a BackupError saying why it cannot be restored: not JSON,
 * not a Folio backup, made by a newer Folio, or the first field that breaks the schema. Touches
 * nothing: a restore validates all of the file before it changes anything.
 */
export function readBackup(text: string): BackupFile {
  const raw = parse(text)
  if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) {
    throw new BackupError('not_backup', `This file is not a Folio backup (a backup says "format": "${BACKUP_FORMAT}").`, 'format')
  }
  // Before the schema: a newer file may be shaped differently, and the person needs to hear why.
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > BACKUP_VERSION) {
    throw new BackupError('newer_version', `This backup was made by a newer Folio (format version ${raw.version}). Update Folio to restore it.`, 'version')
  }
  const backup = backupFile(raw, '')
  checkKeys(backup)
  return backup
}
