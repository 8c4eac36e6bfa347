import type MiniSearch from 'minisearch'
import { countArticles } from '@/db/articles'
import type { ArticleRecord, SearchIndexRecord } from '@/db/schema'
import { getSearchIndex, putSearchIndex } from '@/db/search-index'
import { discardFromIndex, SEARCH_OPTIONS, updateIndex, type SearchDocument } from './search-index'

/** Tells every search worker and page that the saved index changed. */
export const SEARCH_CHANNEL = 'folio-search-index'

/** Replaces the saved index with one of exactly `articles` (after a restore, or to repair it). */
export async function replaceIndexWith(articles: readonly ArticleRecord[]): Promise<void> {
  await saveIndex(updateIndex(null, articles))
}

/**
 * The saved index with `articles` added (updated in place, never rebuilt), as the record to store.
 * Read here and written with the articles: callers hold the ingest lock (src/stores/ingest.ts), which
 * deletions take too, so no other index write can come in between. ingest writes it in the same
 * transaction as the articles, then calls `announceIndexChange`.
 */
export async function indexRecordWith(articles: readonly ArticleRecord[], now = Date.now()): Promise<SearchIndexRecord> {
  const index = await indexWith(articles)
  return { key: 'current', json: JSON.stringify(index), documentCount: index.documentCount, updatedAt: now }
}

async function indexWith(articles: readonly ArticleRecord[]): Promise<MiniSearch<SearchDocument>> {
  return updateIndex((await getSearchIndex())?.json ?? null, articles)
}

/**
 * Whether the saved index holds exactly as many documents as the library has articles. A
 * mismatch means a write was cut short (a crash between deleting articles and unindexing them,
 * an index from an older release): rebuild it.
 */
export async function indexMatchesLibrary(): Promise<boolean> {
  const [saved, articles] = await Promise.all([getSearchIndex(), countArticles()])
  return (saved?.documentCount ?? 0) === articles
}

/** Takes deleted articles out of the saved index. */
export async function unindexArticles(ids: readonly string[]): Promise<void> {
  const saved = await getSearchIndex()
  if (!saved || ids.length === 0) return
  await saveIndex(await discardFromIndex(saved.json, ids))
}

async function saveIndex(index: MiniSearch<SearchDocument>): Promise<void> {
  await putSearchIndex(JSON.stringify(index), index.documentCount)
  announceIndexChange()
}

/** Tells every search worker and page to load the saved index again. */
export function announceIndexChange(): void {
  const channel = new BroadcastChannel(SEARCH_CHANNEL)
  channel.postMessage('updated')
  channel.close()
}

/** The saved index, loaded once and again only after an update is announced. */
export function savedIndexLoader(): () => Promise<MiniSearch<SearchDocument> | null> {
  let loading: Promise<MiniSearch<SearchDocument> | null> | null = null
  const channel = new BroadcastChannel(SEARCH_CHANNEL)
  channel.onmessage = () => {
    loading = null
  }
  return () => {
    loading ??= getSearchIndex().then(async (saved) => {
      if (!saved) return null
      const { default: MiniSearch } = await import('minisearch')
      return MiniSearch.loadJSONAsync(saved.json, SEARCH_OPTIONS)
    })
    return loading
  }
}
