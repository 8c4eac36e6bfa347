import { parseFeed } from 'feedsmith'
import type { AnyFeed, AtomFeed, RdfFeed, RssFeed } from 'feedsmith'
import { IngestError } from '../errors'
import { derivedItemId } from '../ids'
import { parseJsonFeed, type JsonFeed, type JsonFeedItem } from '../json-feed'
import { absoluteUrl, isoDate, nonEmpty, plainTitle, uniqueStrings } from './feed-fields'

type Candidate = Omit<JsonFeedItem, 'id'> & { id: string | null }

function rssItem(item: RssFeed.Item<string>, base: string | null, language: string | null): Candidate {
  const guid = nonEmpty(item.guid?.value)
  const permalink = item.guid?.isPermaLink !== false ? absoluteUrl(guid, base) : null
  return {
    id: guid ?? nonEmpty(item.link),
    url: absoluteUrl(item.link, base) ?? permalink,
    title: plainTitle(item.title ?? item.dc?.titles?.[0]),
    contentHtml: nonEmpty(item.content?.encoded) ?? nonEmpty(item.description),
    contentText: null,
    summary: null,
    datePublished: isoDate(item.pubDate) ?? isoDate(item.dc?.dates?.[0]),
    authors: uniqueStrings([...(item.authors ?? []).map((author) => author.name ?? author.email), ...(item.dc?.creators ?? [])]),
    tags: uniqueStrings([...(item.categories ?? []).map((category) => category.name), ...(item.dc?.subjects ?? [])]),
    language: item.dc?.languages?.[0] ?? language,
    documentUrl: null,
  }
}

function rdfItem(item: RdfFeed.Item<string>, base: string | null, language: string | null): Candidate {
  return {
    id: nonEmpty(item.rdf?.about) ?? nonEmpty(item.link),
    url: absoluteUrl(item.link ?? item.rdf?.about, base),
    title: plainTitle(item.title),
    contentHtml: nonEmpty(item.content?.encoded) ?? nonEmpty(item.description),
    contentText: null,
    summary: null,
    datePublished: isoDate(item.dc?.dates?.[0]),
    authors: uniqueStrings(item.dc?.creators ?? []),
    tags: uniqueStrings(item.dc?.subjects ?? []),
    language: item.dc?.languages?.[0] ?? language,
    documentUrl: null,
  }
}

const alternate = (links: ReadonlyArray<AtomFeed.Link<string>> | undefined): string | undefined =>
  links?.find((link) => !link.rel || link.rel === 'alternate')?.href

const atomText = (text: AtomFeed.Text | undefined): string | null => (text?.type === 'html' || text?.type === 'xhtml' ? plainTitle(text.value) : nonEmpty(text?.value))

function atomEntry(entry: AtomFeed.Entry<string>, base: string | null, language: string | null): Candidate {
  const content = entry.content ?? entry.summary
  const isMarkup = content?.type === 'html' || content?.type === 'xhtml' || content?.type === undefined || /\bhtml\b/.test(content.type)
  return {
    id: nonEmpty(entry.id) ?? nonEmpty(alternate(entry.links)),
    url: absoluteUrl(alternate(entry.links), base),
    title: atomText(entry.title),
    contentHtml: isMarkup ? nonEmpty(content?.value) : null,
    contentText: isMarkup ? null : nonEmpty(content?.value),
    summary: null,
    datePublished: isoDate(entry.published) ?? isoDate(entry.updated),
    authors: uniqueStrings([...(entry.authors ?? []).map((author) => author.name), ...(entry.dc?.creators ?? [])]),
    tags: uniqueStrings((entry.categories ?? []).map((category) => category.label ?? category.term)),
    language: entry.xml?.lang ?? language,
    documentUrl: null,
  }
}

/**
 * An item's id: its own, else its title and date, else one derived from its title and body (RSS
 * makes guid and link optional, and an item without them is still worth reading).
 */
function itemId(candidate: Candidate): string | null {
  if (candidate.id) return candidate.id
  if (candidate.title && candidate.datePublished) return `${candidate.title}@${candidate.datePublished}`
  const body = candidate.contentHtml ?? candidate.contentText
  return body ? derivedItemId(candidate.title ?? '', body) : null
}

/** Keeps the items with a body; the rest (and repeated ids) are skipped with a reason. */
function collect(title: string | null, homePageUrl: string | null, feedUrl: string | null, language: string | null, candidates: Candidate[]): JsonFeed {
  const items: JsonFeedItem[] = []
  const skipped: JsonFeed['skipped'] = []
  const seen = new Set<string>()
  candidates.forEach((candidate, index) => {
    const id = itemId(candidate)
    if (!id) skipped.push({ index, reason: 'no guid, id or link, and no content' })
    else if (!candidate.contentHtml && !candidate.contentText) skipped.push({ index, reason: `item "${id}" has no content` })
    else if (seen.has(id)) skipped.push({ index, reason: `duplicate id "${id}"` })
    else {
      seen.add(id)
      items.push({ ...candidate, id })
    }
  })
  return { title: title ?? 'Untitled feed', homePageUrl, feedUrl, language, items, skipped }
}

/** An RSS, RDF or Atom root's closing tag (`</rss>`, `</rdf:RDF>`, `</feed>`, `</atom:feed>`). */
const ROOT_END = /<\/(?:[\w.-]+:)?(?:rss|rdf|feed)\s*>/i
/** How far from the end the root's closing tag is looked for (trailing comments, server junk). */
const TAIL_CHARS = 65_536

function parseXmlFeed(text: string): AnyFeed {
  let parsed: AnyFeed
  try {
    parsed = parseFeed<string>(text)
  } catch (error) {
    const malformed = error instanceof Error && error.name === 'MalformedError'
    throw new IngestError('not_a_feed', malformed ? 'This feed is malformed: its XML could not be read.' : 'This is not a feed (RSS, Atom, RDF or JSON Feed).')
  }
  // The XML parser forgives unclosed elements, so a cut-off download would read as a shorter feed
  // whose last article is cut mid-sentence, stored for good (a refresh skips ids it has seen).
  if (parsed.format !== 'json' && !ROOT_END.test(text.slice(-TAIL_CHARS))) {
    throw new IngestError('not_a_feed', 'This feed is cut off: its XML ends before the feed does (an interrupted download?).')
  }
  return parsed
}

/**
 * Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 or JSON Feed text into Folio's feed shape.
 * JSON Feeds go through our own reader, which also keeps Folio's `_folio` extension.
 * Throws IngestError (`not_a_feed`, `not_json`, `not_json_feed`) for anything else.
 */
export function parseFeedText(text: string): JsonFeed {
  if (text.trimStart().startsWith('{')) return parseJsonFeed(text)
  const { format, feed } = parseXmlFeed(text)
  if (format === 'json') return parseJsonFeed(text)
  if (format === 'atom') {
    const home = absoluteUrl(alternate(feed.links), null)
    const self = absoluteUrl(feed.links?.find((link) => link.rel === 'self')?.href, null)
    const language = feed.xml?.lang ?? null
    return collect(atomText(feed.title), home, self, language, (feed.entries ?? []).map((entry) => atomEntry(entry, home ?? self, language)))
  }
  const home = absoluteUrl(feed.link, null)
  const self = absoluteUrl(feed.atom?.links?.find((link) => link.rel === 'self')?.href, null)
  if (format === 'rdf') {
    const language = feed.dc?.languages?.[0] ?? null
    return collect(plainTitle(feed.title), home, self, language, (feed.items ?? []).map((item) => rdfItem(item, home, language)))
  }
  const language = nonEmpty(feed.language) ?? feed.dc?.languages?.[0] ?? null
  return collect(plainTitle(feed.title), home, self, language, (feed.items ?? []).map((item) => rssItem(item, home, language)))
}
