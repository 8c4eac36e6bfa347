import type { IngestJob } from '@/workers/protocol'
import { IngestError } from './errors'
import { decodeText } from './formats/decode'
import { detectFileKind } from './formats/detect'
import { htmlToFeed, markdownToFeed, plainTextToFeed } from './formats/documents'
import { parseOpml, type OpmlSubscription } from './formats/opml'
import type { JsonFeed } from './json-feed'
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_MB, MAX_IMPORT_BYTES, MAX_IMPORT_MB, megabytes } from './limits'

/** Single documents (HTML, Markdown, text) all join this one source. */
export const IMPORTED_FILES_ORIGIN = 'folio:imports'

/** What importing one file means: an ingest job, or subscriptions to add (OPML). */
export type ImportPlan = { type: 'job'; job: IngestJob } | { type: 'subscriptions'; subscriptions: OpmlSubscription[] }

const asImportedDocument = (feed: JsonFeed): IngestJob => ({ type: 'feed', feed: { ...feed, title: 'Imported files' }, origin: IMPORTED_FILES_ORIGIN, kind: 'import' })

/** Reads a file the person picked or dropped and decides what to do with it. Runs in the page. */
export async function planImport(file: File): Promise<ImportPlan> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new IngestError('unsupported_file', `“${file.name}” is ${megabytes(file.size)} MB; Folio imports files of up to ${MAX_IMPORT_MB} MB.`)
  }
  const text = decodeText(new Uint8Array(await file.arrayBuffer()), file.type || null)
  // Said here: an empty file would otherwise reach the feed parser and read as "not a feed".
  if (!text.trim()) throw new IngestError('no_items', `“${file.name}” is empty.`)
  const kind = detectFileKind(file.name, file.type, text.slice(0, 2048))
  if ((kind === 'markdown' || kind === 'text') && text.length > MAX_ARTICLE_CHARS) {
    throw new IngestError(
      'unsupported_file',
      `“${file.name}” holds ${megabytes(text.length)} MB of text, more than one article can hold (${MAX_ARTICLE_MB} MB). Split it into smaller files.`,
    )
  }
  switch (kind) {
    case 'json-feed':
    case 'feed':
      return { type: 'job', job: { type: 'text', text, origin: `file:${file.name}`, kind: 'import' } }
    case 'opml':
      return { type: 'subscriptions', subscriptions: parseOpml(text) }
    case 'markdown':
      return { type: 'job', job: asImportedDocument(markdownToFeed(text, file.name)) }
    case 'text':
      return { type: 'job', job: asImportedDocument(plainTextToFeed(text, file.name)) }
    case 'html':
      return { type: 'job', job: asImportedDocument(htmlToFeed(new DOMParser().parseFromString(text, 'text/html'), file.name)) }
    default:
      throw new IngestError(
        'unsupported_file',
        `“${file.name}” is not a format Folio reads. Import JSON Feed, RSS, Atom, OPML, HTML, Markdown or plain text files.`,
      )
  }
}
