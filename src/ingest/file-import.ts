import type { IngestJob } from '@/workers/protocol'
import { IngestError } from './errors'
import { decodeText } from './formats/decode'
import { detectFileKind } from './formats/detect'
import { htmlToFeed, markdownToFeed, plainTextToFeed } from './formats/documents'
import { parseOpml, type OpmlSubscription } from './formats/opml'
import type { JsonFeed } from './json-feed'

/** Larger files are refused with a message rather than freezing the tab. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024 // 50 MB

/** Single documents (HTML, Markdown, text) all join this one source. */
export const IMPORTED_FILES_ORIGIN = 'folio:imports'

/** What importing one file means: an ingest job, or subscriptions to add (OPML). */
export type ImportPlan = { type: 'job'; job: IngestJob } | { type: 'subscriptions'; subscriptions: OpmlSubscription[] }

const asImportedDocument = (feed: JsonFeed): IngestJob => ({ type: 'feed', feed: { ...feed, title: 'Imported files' }, origin: IMPORTED_FILES_ORIGIN, kind: 'import' })

/** Reads a file the person picked or dropped and decides what to do with it. Runs in the page. */
export async function planImport(file: File): Promise<ImportPlan> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new IngestError('unsupported_file', `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; files up to 50 MB can be imported.`)
  }
  const text = decodeText(new Uint8Array(await file.arrayBuffer()), file.type || null)
  const kind = detectFileKind(file.name, file.type, text.slice(0, 2048))
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
