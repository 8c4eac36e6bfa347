import { IngestError, parseJsonText } from './errors'
import { absoluteUrl } from './formats/feed-fields'

/** The JSON Feed 1.1 item fields Folio reads (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeedItem {
  id: string
  url: string | null
  title: string | null
  contentHtml: string | null
  contentText: string | null
  summary: string | null
  datePublished: string | null
  authors: string[]
  tags: string[]
  language: string | null
  /** Folio's extension: a same-origin document the reader revalidates. */
  documentUrl: string | null
}

export interface JsonFeed {
  title: string
  homePageUrl: string | null
  feedUrl: string | null
  language: string | null
  items: JsonFeedItem[]
  /** Items that were left out, with why; the good items of the same feed are kept. */
  skipped: Array<{ index: number; reason: string }>
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const optionalString = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)
const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : []

/**
 * One item, or the reason it cannot be read. JSON Feed requires an id; an item without one is
 * known by its `url` (the spec's advice for ids), and skipped when it has neither. Its `url` is
 * kept only as an http(s) link (resolved against `base`): the reader links to it.
 */
export function parseJsonFeedItem(raw: unknown, feedLanguage: string | null = null, base: string | null = null): JsonFeedItem | string {
  if (!isObject(raw)) return 'not an object'
  const id = (typeof raw.id === 'number' ? String(raw.id) : optionalString(raw.id)) ?? optionalString(raw.url)
  if (!id) return 'missing id'
  const contentHtml = optionalString(raw.content_html)
  const contentText = optionalString(raw.content_text)
  if (!contentHtml && !contentText) return `item "${id}" has no content` // neither content_html nor content_text
  const authors = Array.isArray(raw.authors) ? raw.authors.filter(isObject).map((author) => optionalString(author.name)) : []
  const extension = isObject(raw._folio) ? raw._folio : {}
  return {
    id,
    url: absoluteUrl(optionalString(raw.url), base),
    title: optionalString(raw.title),
    contentHtml,
    contentText,
    summary: optionalString(raw.summary),
    datePublished: optionalString(raw.date_published),
    authors: authors.filter((name): name is string => name !== null),
    tags: stringList(raw.tags),
    language: optionalString(raw.language) ?? feedLanguage,
    documentUrl: optionalString(extension.document_url),
  }
}

/** Parses JSON Feed 1.0 or 1.1 text. Throws IngestError for a file that is not a feed at all. */
export function parseJsonFeed(text: string): JsonFeed {
  const raw = parseJsonText(text, 'This file')
  if (!isObject(raw) || typeof raw.version !== 'string' || !raw.version.startsWith('https://jsonfeed.org/version/')) {
    throw new IngestError('not_json_feed', 'This JSON is not a JSON Feed (no jsonfeed.org version).')
  }
  if (!Array.isArray(raw.items)) throw new IngestError('not_json_feed', 'This JSON Feed has no items list.')
  const language = optionalString(raw.language)
  const base = absoluteUrl(optionalString(raw.feed_url), null) ?? absoluteUrl(optionalString(raw.home_page_url), null)
  const items: JsonFeedItem[] = []
  const skipped: JsonFeed['skipped'] = []
  const seen = new Set<string>()
  raw.items.forEach((entry, index) => {
    const item = parseJsonFeedItem(entry, language, base)
    if (typeof item === 'string') skipped.push({ index, reason: item })
    else if (seen.has(item.id)) skipped.push({ index, reason: `duplicate id "${item.id}"` })
    else {
      seen.add(item.id)
      items.push(item)
    }
  })
  return {
    title: optionalString(raw.title) ?? 'Untitled feed',
    homePageUrl: optionalString(raw.home_page_url),
    feedUrl: optionalString(raw.feed_url),
    language,
    items,
    skipped,
  }
}
