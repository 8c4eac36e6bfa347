import { generateOpml, parseOpml as parseOpmlDocument } from 'feedsmith'
import type { Opml } from 'feedsmith'
import { IngestError } from '../errors'
import { absoluteUrl, nonEmpty } from './feed-fields'

/** One feed from an OPML subscription list. */
export interface OpmlSubscription {
  title: string
  xmlUrl: string
  htmlUrl: string | null
  /** The titles of the folders it sits in, outermost first. */
  categories: string[]
}

type Outline = Opml.Outline<string>

/** How far from the end `</opml>` is looked for (trailing comments, server junk). */
const TAIL_CHARS = 65_536

/** Nested outlines, flattened depth first; folders become categories; each feed once. */
function flatten(outlines: readonly Outline[], path: string[], into: Map<string, OpmlSubscription>): void {
  for (const outline of outlines) {
    const title = nonEmpty(outline.title) ?? nonEmpty(outline.text)
    const xmlUrl = absoluteUrl(outline.xmlUrl, null)
    if (xmlUrl && !into.has(xmlUrl)) {
      into.set(xmlUrl, { title: title ?? xmlUrl, xmlUrl, htmlUrl: absoluteUrl(outline.htmlUrl, null), categories: path })
    }
    if (outline.outlines?.length) flatten(outline.outlines, title && !xmlUrl ? [...path, title] : path, into)
  }
}

/** Reads an OPML 1.0 or 2.0 subscription list. Throws IngestError('not_opml') for anything else. */
export function parseOpml(text: string): OpmlSubscription[] {
  let document: Opml.Document<string>
  try {
    document = parseOpmlDocument<string>(text)
  } catch (error) {
    const malformed = error instanceof Error && error.name === 'MalformedError'
    throw new IngestError('not_opml', malformed ? 'This OPML file is malformed: its XML could not be read.' : 'This is not an OPML subscription list.')
  }
  // The XML parser forgives unclosed elements: a cut-off export would lose its last feeds unsaid.
  if (!/<\/opml\s*>/i.test(text.slice(-TAIL_CHARS))) {
    throw new IngestError('not_opml', 'This OPML file is cut off: its XML ends before the list does (an interrupted download?).')
  }
  const subscriptions = new Map<string, OpmlSubscription>()
  flatten(document.body?.outlines ?? [], [], subscriptions)
  if (subscriptions.size === 0) throw new IngestError('not_opml', 'This OPML file lists no feeds.')
  return [...subscriptions.values()]
}

/** Writes subscriptions as OPML 2.0, grouped in folders by their first category. */
export function exportOpml(subscriptions: readonly OpmlSubscription[], head: { title: string; dateCreated: Date }): string {
  const outline = (entry: OpmlSubscription): Outline => ({
    text: entry.title,
    title: entry.title,
    type: 'rss',
    xmlUrl: entry.xmlUrl,
    ...(entry.htmlUrl ? { htmlUrl: entry.htmlUrl } : {}),
  })
  const folders = new Map<string, Outline[]>()
  const loose: Outline[] = []
  for (const entry of subscriptions) {
    const folder = entry.categories[0]
    if (folder) folders.set(folder, [...(folders.get(folder) ?? []), outline(entry)])
    else loose.push(outline(entry))
  }
  const outlines = [...[...folders].map(([text, children]): Outline => ({ text, title: text, outlines: children })), ...loose]
  return generateOpml({ head: { title: head.title, dateCreated: head.dateCreated }, body: { outlines } })
}
