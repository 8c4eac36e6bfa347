import type MiniSearch from 'minisearch'
import type { ArticleRecord } from '@/db/schema'
import { getSearchIndex, putSearchIndex } from '@/db/search-index'
import { discardFromIndex, SEARCH_OPTIONS, updateIndex, type SearchDocument } from './search-index'

/** Tells every search worker and page that the saved index changed. */
export const SEARCH_CHANNEL = 'folio-search-index'

/**
 * Adds articles to the saved full-text index and saves it: updated in place, never rebuilt.
 * Runs where ingest runs (the worker).
 */
export async function indexArticles(articles: readonly ArticleRecord[]): Promise<void> {
  const saved = await getSearchIndex()
  const index = updateIndex(saved?.json ?? null, articles)
  await saveIndex(index)
}

/** Takes deleted articles out of the saved index. */
export async function unindexArticles(ids: readonly string[]): Promise<void> {
  const saved = await getSearchIndex()
  if (!saved || ids.length === 0) return
  await saveIndex(await discardFromIndex(saved.json, ids))
}

async function saveIndex(index: MiniSearch<SearchDocument>): Promise<void> {
  await putSearchIndex(JSON.stringify(index), index.documentCount)
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
