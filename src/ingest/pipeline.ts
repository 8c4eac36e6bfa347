import { putSourceWithArticles } from '@/db/articles'
import type { ArticleRecord, SourceKind, SourceRecord } from '@/db/schema'
import { articleFromItem, textOnlyParts, type ReadableParts } from './article-from-item'
import { IngestError } from './errors'
import { stableId } from './ids'
import { parseJsonFeed, type JsonFeedItem } from './json-feed'
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

export interface IngestReport {
  source: SourceRecord
  added: number
  skipped: Array<{ index: number; reason: string }>
}

/** Items prepared between progress reports and cancellation checks. */
const BATCH = 25

/**
 * Parses a JSON Feed, prepares every article (body, counts, summary) and stores the source with
 * its articles in one transaction: all of them or, on any failure or cancellation, none.
 */
export async function ingestFeedText(text: string, origin: { url: string; kind: SourceKind }, hooks: IngestHooks, now = Date.now()): Promise<IngestReport> {
  const feed = parseJsonFeed(text)
  if (feed.items.length === 0) throw new IngestError('no_items', `“${feed.title}” has no readable items.`)
  const source: SourceRecord = {
    id: await stableId(origin.kind, feed.feedUrl ?? origin.url),
    kind: origin.kind,
    title: feed.title,
    url: origin.url,
    addedAt: now,
    etag: null,
    lastModified: null,
    fetchedAt: now,
  }
  const total = feed.items.length
  const articles: ArticleRecord[] = []
  for (let start = 0; start < total; start += BATCH) {
    if (hooks.isCancelled?.()) throw new IngestError('cancelled', `Adding “${feed.title}” was cancelled; nothing was saved.`)
    const batch = feed.items.slice(start, start + BATCH)
    const parts = await partsFor(batch, hooks)
    // Articles keep the feed's order (first item newest) in the library's "newest added" sort.
    for (const [offset, item] of batch.entries()) {
      articles.push(await articleFromItem(item, source, parts[offset] as ReadableParts, now - (start + offset)))
    }
    hooks.progress?.({ feed: feed.title, stage: 'preparing', done: articles.length, total })
  }
  if (hooks.isCancelled?.()) throw new IngestError('cancelled', `Adding “${feed.title}” was cancelled; nothing was saved.`)
  hooks.progress?.({ feed: feed.title, stage: 'saving', done: total, total })
  await putSourceWithArticles(source, articles)
  hooks.progress?.({ feed: feed.title, stage: 'indexing', done: total, total })
  await indexArticles(articles)
  hooks.progress?.({ feed: feed.title, stage: 'done', done: total, total })
  return { source, added: articles.length, skipped: feed.skipped }
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
