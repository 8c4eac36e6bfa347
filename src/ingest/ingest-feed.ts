import { putSourceWithArticles } from '@/db/articles'
import type { ArticleRecord, SourceKind, SourceRecord } from '@/db/schema'
import { articleFromItem } from './article-from-item'
import { IngestError } from './errors'
import { stableId } from './ids'
import { parseJsonFeed } from './json-feed'

export interface IngestReport {
  source: SourceRecord
  added: number
  skipped: Array<{ index: number; reason: string }>
}

/** Parses a JSON Feed's text into a source and its articles, without storing anything. */
export async function articlesFromJsonFeed(
  text: string,
  origin: { url: string; kind: SourceKind },
  now = Date.now(),
): Promise<{ source: SourceRecord; articles: ArticleRecord[]; skipped: IngestReport['skipped'] }> {
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
  // Articles keep the order of the feed (first item newest) in the library's "newest added" sort.
  const articles = await Promise.all(feed.items.map((item, index) => articleFromItem(item, source, now - index)))
  return { source, articles, skipped: feed.skipped }
}

/** Fetches a same-origin JSON Feed and stores it; the articles land in one transaction or not at all. */
export async function ingestJsonFeedUrl(url: string, kind: SourceKind): Promise<IngestReport> {
  const response = await fetch(url, { headers: { accept: 'application/feed+json, application/json' } }).catch(() => null)
  if (!response?.ok) {
    throw new IngestError('fetch_failed', `Could not download ${url}${response ? ` (HTTP ${response.status})` : ''}.`)
  }
  const { source, articles, skipped } = await articlesFromJsonFeed(await response.text(), { url, kind })
  await putSourceWithArticles(source, articles)
  return { source, added: articles.length, skipped }
}
