import { listArticleIdsBySource, listArticleUrls, putSourceWithArticles } from '@/db/articles'
import type { ArticleRecord, SourceKind, SourceRecord } from '@/db/schema'
import { getSource, getSourceByUrl } from '@/db/sources'
import { articleFromItem, textOnlyParts, type ReadableParts } from './article-from-item'
import { canonicalUrl } from './canonical-url'
import { IngestError } from './errors'
import { parseFeedText } from './formats/feed'
import { stableId } from './ids'
import type { JsonFeed, JsonFeedItem } from './json-feed'
import { indexArticles } from './search-store'

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
  skipped: Array<{ index: number; reason: string }>
}

/** Items prepared between progress reports and cancellation checks. */
const BATCH = 25

/** Parses a feed in any supported format (JSON Feed, RSS, RDF, Atom), then ingests it. */
export function ingestFeedText(text: string, origin: IngestOrigin, hooks: IngestHooks, now = Date.now()): Promise<IngestReport> {
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
async function newItems(feed: JsonFeed, source: SourceRecord): Promise<{ items: Array<{ item: JsonFeedItem; id: string }>; duplicates: number }> {
  const [knownIds, knownUrls] = await Promise.all([listArticleIdsBySource(source.id).then((ids) => new Set(ids)), listArticleUrls()])
  const urls = new Set(knownUrls.map(canonicalUrl).filter((url) => url !== null))
  const items: Array<{ item: JsonFeedItem; id: string }> = []
  for (const item of feed.items) {
    const id = await stableId(source.id, item.id)
    const url = canonicalUrl(item.url)
    if (knownIds.has(id) || (url !== null && urls.has(url))) continue
    knownIds.add(id)
    if (url !== null) urls.add(url)
    items.push({ item, id })
  }
  return { items, duplicates: feed.items.length - items.length }
}

/**
 * Prepares the feed's new articles (body, counts, summary) and stores them with the source in one
 * transaction: all of them or, on any failure or cancellation, none. Refreshing a source adds only
 * what it has not seen; what is already stored (and its reading progress) is left alone.
 */
export async function ingestFeed(feed: JsonFeed, origin: IngestOrigin, hooks: IngestHooks, now = Date.now()): Promise<IngestReport> {
  const { source, isNew } = await sourceFor(feed, origin, now)
  if (isNew && feed.items.length === 0) throw new IngestError('no_items', `“${feed.title}” has no readable items.`)
  const { items, duplicates } = await newItems(feed, source)
  const total = items.length
  const articles: ArticleRecord[] = []
  const cancelled = () => new IngestError('cancelled', `Adding “${feed.title}” was cancelled; nothing was saved.`)
  for (let start = 0; start < total; start += BATCH) {
    if (hooks.isCancelled?.()) throw cancelled()
    const batch = items.slice(start, start + BATCH)
    const parts = await partsFor(batch.map(({ item }) => item), hooks)
    // Articles keep the feed's order (first item newest) in the library's "newest added" sort.
    for (const [offset, { item }] of batch.entries()) {
      articles.push(await articleFromItem(item, source, parts[offset] as ReadableParts, now - (start + offset)))
    }
    hooks.progress?.({ feed: feed.title, stage: 'preparing', done: articles.length, total })
  }
  if (hooks.isCancelled?.()) throw cancelled()
  hooks.progress?.({ feed: feed.title, stage: 'saving', done: total, total })
  await putSourceWithArticles(source, articles)
  if (articles.length) {
    hooks.progress?.({ feed: feed.title, stage: 'indexing', done: total, total })
    await indexArticles(articles)
  }
  hooks.progress?.({ feed: feed.title, stage: 'done', done: total, total })
  return { source, added: articles.length, duplicates, skipped: feed.skipped }
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
