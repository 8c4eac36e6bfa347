import { listArticleIdsBySource, listArticleUrls, putSourceWithArticles } from '@/db/articles'
import type { ArticleRecord, SourceKind, SourceRecord } from '@/db/schema'
import { getSource, getSourceByUrl } from '@/db/sources'
import { articleFromItem, textOnlyParts, type ReadableParts } from './article-from-item'
import { canonicalUrl } from './canonical-url'
import { IngestError, failedWhile } from './errors'
import { parseFeedText } from './formats/feed'
import { stableId } from './ids'
import type { JsonFeed, JsonFeedItem } from './json-feed'
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_MB, megabytes } from './limits'
import { announceIndexChange, indexRecordWith } from './search-store'
import { describeSkipped, filePositions, type SkippedItem } from './skipped'

export interface IngestProgress {
  feed: string
  stage: 'downloading' | 'preparing' | 'saving' | 'indexing' | 'done'
  done: number
  total: number
}

/** What the pipeline needs from where it runs. */
export interface IngestHooks {
  /** Sanitizes HTML bodies and extracts their text: needs a DOM, so the page does it. */
  sanitize(bodies: Array<{ html: string; text: string | null }>): Promise<ReadableParts[]>
  progress?(progress: IngestProgress): void
  isCancelled?(): boolean
}

/** Where a feed came from, and what the download said about it. */
export interface IngestOrigin {
  /** The subscription URL (or `file:name`, `folio:saved`): one source per origin URL. */
  url: string
  kind: SourceKind
  etag?: string | null
  lastModified?: string | null
  fetchVia?: 'direct' | 'proxy'
}

export interface IngestReport {
  source: SourceRecord
  added: number
  /** Items already in the library (same id in this source, or the same canonical URL anywhere). */
  duplicates: number
  /** Items left out, by position in the file, with why: unreadable when parsed, or empty or too long once prepared. */
  skipped: SkippedItem[]
}

/** Items prepared between progress reports and cancellation checks. */
const BATCH = 25

/** Parses a feed in any supported format (JSON Feed, RSS, RDF, Atom), then ingests it. Rejects, never throws. */
export async function ingestFeedText(text: string, origin: IngestOrigin, hooks: IngestHooks, now = Date.now()): Promise<IngestReport> {
  return ingestFeed(parseFeedText(text), origin, hooks, now)
}

/** The stored source for `origin`, updated by this fetch, or a new one. */
async function sourceFor(feed: JsonFeed, origin: IngestOrigin, now: number): Promise<{ source: SourceRecord; isNew: boolean }> {
  const id = await stableId(origin.kind, feed.feedUrl ?? origin.url)
  const existing = (await getSourceByUrl(origin.url)) ?? (await getSource(id))
  const fetched = { etag: origin.etag ?? null, lastModified: origin.lastModified ?? null, fetchedAt: now, lastError: null, ...(origin.fetchVia ? { fetchVia: origin.fetchVia } : {}) }
  if (existing) return { source: { ...existing, ...fetched, title: feed.title === 'Untitled feed' ? existing.title : feed.title }, isNew: false }
  return { source: { id, kind: origin.kind, title: feed.title, url: origin.url, addedAt: now, ...fetched }, isNew: true }
}

/** The items not yet in the library: deduplicated by id within the source, then by canonical URL. */
async function newItems(feed: JsonFeed, source: SourceRecord): Promise<{ items: NewItem[]; duplicates: number }> {
  const [knownIds, knownUrls] = await Promise.all([listArticleIdsBySource(source.id).then((ids) => new Set(ids)), listArticleUrls()])
  const urls = new Set(knownUrls.map(canonicalUrl).filter((url) => url !== null))
  const positions = filePositions(feed)
  const items: NewItem[] = []
  for (const [index, item] of feed.items.entries()) {
    const id = await stableId(source.id, item.id)
    const url = canonicalUrl(item.url)
    if (knownIds.has(id) || (url !== null && urls.has(url))) continue
    knownIds.add(id)
    if (url !== null) urls.add(url)
    items.push({ item, position: positions[index] ?? index })
  }
  return { items, duplicates: feed.items.length - items.length }
}

interface NewItem {
  item: JsonFeedItem
  /** Where the item sat in the file, for the report. */
  position: number
}

/** Why a prepared item is not worth storing, or null: nothing to show, or too long to be one article. */
function unreadable(item: JsonFeedItem, { text }: ReadableParts): string | null {
  if (!text.trim() && !item.title) return `item "${item.id}" has no text and no title`
  if (text.length > MAX_ARTICLE_CHARS) return `item "${item.id}" has too much text: ${megabytes(text.length)} MB, more than one article can hold (${MAX_ARTICLE_MB} MB)`
  return null
}

/** The error for a new source with nothing to read, saying why. */
function nothingToRead(feed: JsonFeed, skipped: readonly SkippedItem[]): IngestError {
  if (skipped.length === 0) return new IngestError('no_items', `“${feed.title}” has no articles.`)
  return new IngestError('no_items', `“${feed.title}” has no readable items: ${describeSkipped(skipped)}.`)
}

/**
 * Prepares the feed's new articles (body, counts, summary) and stores them with the source in one
 * transaction: all of them or, on any failure or cancellation, none. Refreshing a source adds only
 * what it has not seen; what is already stored (and its reading progress) is left alone.
 */
export async function ingestFeed(feed: JsonFeed, origin: IngestOrigin, hooks: IngestHooks, now = Date.now()): Promise<IngestReport> {
  const { source, isNew } = await sourceFor(feed, origin, now)
  if (isNew && feed.items.length === 0) throw nothingToRead(feed, feed.skipped)
  const { items, duplicates } = await newItems(feed, source)
  const total = items.length
  const articles: ArticleRecord[] = []
  const skipped = [...feed.skipped]
  const cancelled = () => new IngestError('cancelled', `Adding “${feed.title}” was cancelled; nothing was saved.`)
  for (let start = 0; start < total; start += BATCH) {
    if (hooks.isCancelled?.()) throw cancelled()
    const batch = items.slice(start, start + BATCH)
    const parts = await partsFor(batch.map(({ item }) => item), hooks).catch((error: unknown) => {
      throw failedWhile(`preparing “${feed.title}”`, error)
    })
    // Articles keep the feed's order (first item newest) in the library's "newest added" sort.
    for (const [offset, { item, position }] of batch.entries()) {
      const body = parts[offset] as ReadableParts
      const reason = unreadable(item, body)
      if (reason) skipped.push({ index: position, reason })
      else articles.push(await articleFromItem(item, source, body, now - (start + offset)))
    }
    hooks.progress?.({ feed: feed.title, stage: 'preparing', done: start + batch.length, total })
  }
  if (hooks.isCancelled?.()) throw cancelled()
  skipped.sort((a, b) => a.index - b.index)
  if (isNew && articles.length === 0 && duplicates === 0) throw nothingToRead(feed, skipped)
  if (articles.length) hooks.progress?.({ feed: feed.title, stage: 'indexing', done: total, total })
  const searchIndex = articles.length ? await indexRecordWith(articles, now) : undefined
  hooks.progress?.({ feed: feed.title, stage: 'saving', done: total, total })
  await putSourceWithArticles(source, articles, searchIndex).catch((error: unknown) => {
    throw failedWhile(`saving “${feed.title}”`, error)
  })
  if (searchIndex) announceIndexChange()
  hooks.progress?.({ feed: feed.title, stage: 'done', done: total, total })
  return { source, added: articles.length, duplicates, skipped }
}

/** Text-only bodies are made here; HTML bodies go to the page's sanitizer in one call. */
async function partsFor(items: readonly JsonFeedItem[], hooks: IngestHooks): Promise<ReadableParts[]> {
  const local = items.map(textOnlyParts)
  const needsPage = items.filter((_item, index) => local[index] === null)
  const sanitized = needsPage.length
    ? await hooks.sanitize(needsPage.map((item) => ({ html: item.contentHtml ?? '', text: item.contentText })))
    : []
  let next = 0
  return local.map((parts) => parts ?? (sanitized[next++] as ReadableParts))
}
