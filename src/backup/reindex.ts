import { readLibrary } from '@/db/backup'
import { indexArticles } from '@/ingest/search-store'

/** The reindex worker's API (exposed with Comlink). */
export interface ReindexWorkerApi {
  /** Indexes every stored article; resolves to how many. */
  rebuild: () => Promise<number>
}

/**
 * Builds the full-text index of every stored article and saves it (announcing the change to search
 * workers), as ingest does for new articles. A restore empties the index: its entries were the old
 * library's.
 */
export async function rebuildSearchIndex(): Promise<number> {
  const { articles } = await readLibrary()
  await indexArticles(articles)
  return articles.length
}
