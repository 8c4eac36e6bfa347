import { readLibrary } from '@/db/backup'
import { indexMatchesLibrary, replaceIndexWith } from '@/ingest/search-store'

/** The reindex worker's API (exposed with Comlink). */
export interface ReindexWorkerApi {
  /** Indexes every stored article; resolves to how many. */
  rebuild: () => Promise<number>
  /** Rebuilds only when the saved index does not match the library; resolves to whether it did. */
  repair: () => Promise<boolean>
}

/**
 * Builds the full-text index of every stored article from nothing and saves it (announcing the
 * change to search workers): after a restore (the old entries were the old library's), and when the
 * saved index does not match the library.
 */
export async function rebuildSearchIndex(): Promise<number> {
  const { articles } = await readLibrary()
  await replaceIndexWith(articles)
  return articles.length
}

/** Rebuilds the index when its document count differs from the library's article count. */
export async function repairSearchIndex(): Promise<boolean> {
  if (await indexMatchesLibrary()) return false
  await rebuildSearchIndex()
  return true
}
