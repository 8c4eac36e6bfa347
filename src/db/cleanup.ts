import { getDb } from './index'
import type { ArticleId, SourceId } from './schema'

const STORES = ['sources', 'articles', 'bodies', 'progress', 'interactions', 'textFacets', 'termCounts'] as const

/**
 * Deletes articles with everything that hangs off them (body, progress, interactions, cached text
 * facets and term counts) in one transaction; with `sourceId`, the source too. Returns the ids
 * deleted, for the search index.
 */
async function deleteArticlesAndSource(ids: readonly ArticleId[], sourceId: SourceId | null): Promise<ArticleId[]> {
  const tx = (await getDb()).transaction([...STORES], 'readwrite')
  const interactions = tx.objectStore('interactions')
  const deletes: Array<Promise<unknown>> = []
  for (const id of ids) {
    for (const store of ['articles', 'bodies', 'progress', 'textFacets', 'termCounts'] as const) deletes.push(tx.objectStore(store).delete(id))
    deletes.push(interactions.index('by-article').getAllKeys(id).then((keys) => Promise.all(keys.map((key) => interactions.delete(key)))))
  }
  if (sourceId !== null) deletes.push(tx.objectStore('sources').delete(sourceId))
  await Promise.all([...deletes, tx.done])
  return [...ids]
}

/** Removes a source and all of its articles. */
export async function deleteSource(sourceId: SourceId): Promise<ArticleId[]> {
  const ids = await (await getDb()).getAllKeysFromIndex('articles', 'by-source', sourceId)
  return deleteArticlesAndSource(ids, sourceId)
}

/**
 * Removes articles finished more than `days` days ago. Articles saved for later are kept: saving
 * says "I want this", whatever the progress bar says.
 */
export async function deleteFinishedBefore(days: number, savedIds: ReadonlySet<ArticleId>, now = Date.now()): Promise<ArticleId[]> {
  return deleteArticlesAndSource(await finishedBefore(days, savedIds, now), null)
}

/** The articles `deleteFinishedBefore` would delete, so a person can be told how many first. */
export async function finishedBefore(days: number, savedIds: ReadonlySet<ArticleId>, now = Date.now()): Promise<ArticleId[]> {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`days must be a non-negative number, got ${days}`)
  const cutoff = now - days * 24 * 60 * 60 * 1000
  const progress = await (await getDb()).getAll('progress')
  return progress
    .filter((record) => record.finishedAt !== null && record.finishedAt < cutoff && !savedIds.has(record.articleId))
    .map((record) => record.articleId)
}
