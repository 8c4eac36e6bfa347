import { getDb, writeAtomically } from './index'
import type { ArticleBody, ArticleId, ArticleMeta, ArticleRecord, SearchIndexRecord, SourceId, SourceRecord } from './schema'

/** The fields a list or card needs: everything but the body. */
export type ArticleSummary = ArticleMeta

function split({ html, text, ...meta }: ArticleRecord): [ArticleMeta, ArticleBody] {
  return [meta, { id: meta.id, html, text }]
}

export async function getArticle(id: ArticleId): Promise<ArticleRecord | undefined> {
  const tx = (await getDb()).transaction(['articles', 'bodies'])
  const [meta, body] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('bodies').get(id), tx.done])
  return meta && body ? { ...meta, html: body.html, text: body.text } : undefined
}

/**
 * Stores articles in one transaction: either all of them land or none does. Their cached text
 * facets and term counts go: a stored article's text may have changed (a newer copy of its document).
 */
export async function putArticles(articles: readonly ArticleRecord[]): Promise<void> {
  const tx = (await getDb()).transaction(['articles', 'bodies', 'textFacets', 'termCounts'], 'readwrite')
  await writeAtomically(tx, (track) => {
    for (const [meta, body] of articles.map(split)) {
      track(tx.objectStore('articles').put(meta))
      track(tx.objectStore('bodies').put(body))
      track(tx.objectStore('textFacets').delete(meta.id))
      track(tx.objectStore('termCounts').delete(meta.id))
    }
  })
}

/**
 * Stores a source with its articles in one transaction, so a failure leaves the library as it was;
 * with `searchIndex`, the full-text index that includes them lands in the same transaction, so a
 * crash can never leave stored articles that search does not find.
 */
export async function putSourceWithArticles(source: SourceRecord, articles: readonly ArticleRecord[], searchIndex?: SearchIndexRecord): Promise<void> {
  const tx = (await getDb()).transaction(['sources', 'articles', 'bodies', 'textFacets', 'termCounts', 'searchIndex'], 'readwrite')
  await writeAtomically(tx, (track) => {
    track(tx.objectStore('sources').put(source))
    if (searchIndex) track(tx.objectStore('searchIndex').put(searchIndex))
    for (const [meta, body] of articles.map(split)) {
      track(tx.objectStore('articles').put(meta))
      track(tx.objectStore('bodies').put(body))
      track(tx.objectStore('textFacets').delete(meta.id))
      track(tx.objectStore('termCounts').delete(meta.id))
    }
  })
}

export async function countArticles(): Promise<number> {
  return (await getDb()).count('articles')
}

/** Every stored article's id, read from the keys alone. */
export async function listArticleIds(): Promise<ArticleId[]> {
  return (await getDb()).getAllKeys('articles')
}

/** What the topic model reads of an article. */
export interface ArticleText {
  id: ArticleId
  title: string
  text: string
}

/**
 * Titles and plain texts of every article, or of those `ids` that still exist, in one
 * transaction. Reads bodies: meant for the topics worker, not the page.
 */
export async function listArticleTexts(ids?: readonly ArticleId[]): Promise<ArticleText[]> {
  const tx = (await getDb()).transaction(['articles', 'bodies'])
  const [metas, bodies] = ids
    ? await Promise.all([Promise.all(ids.map((id) => tx.objectStore('articles').get(id))), Promise.all(ids.map((id) => tx.objectStore('bodies').get(id)))])
    : await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('bodies').getAll()])
  await tx.done
  const textById = new Map(bodies.flatMap((body) => (body ? [[body.id, body.text] as const] : [])))
  return metas.flatMap((meta) => {
    const text = meta && textById.get(meta.id)
    return meta && text !== undefined ? [{ id: meta.id, title: meta.title, text }] : []
  })
}

/** Every article's metadata, in key order; reads no bodies. */
export async function listArticleMetas(): Promise<ArticleMeta[]> {
  return (await getDb()).getAll('articles')
}

/** Newest added first; reads no bodies. */
export async function listArticleSummaries(limit = Infinity): Promise<ArticleSummary[]> {
  const tx = (await getDb()).transaction('articles')
  const summaries: ArticleSummary[] = []
  let cursor = await tx.store.index('by-added').openCursor(null, 'prev')
  while (cursor && summaries.length < limit) {
    summaries.push(cursor.value)
    cursor = await cursor.continue()
  }
  await tx.done
  return summaries
}

export async function listArticleIdsBySource(sourceId: SourceId): Promise<ArticleId[]> {
  return (await getDb()).getAllKeysFromIndex('articles', 'by-source', sourceId)
}

export async function listArticleIdsByTag(tag: string): Promise<ArticleId[]> {
  return (await getDb()).getAllKeysFromIndex('articles', 'by-tag', tag)
}

/** The articles just before and after `id` in library order (newest added first). */
export async function getNeighbours(id: ArticleId): Promise<{ previous: ArticleId | null; next: ArticleId | null }> {
  const tx = (await getDb()).transaction('articles')
  const article = await tx.store.get(id)
  if (!article) {
    await tx.done
    return { previous: null, next: null }
  }
  const position: [number, ArticleId] = [article.addedAt, id]
  const byAdded = tx.store.index('by-added')
  const [newer, older] = await Promise.all([
    byAdded.openKeyCursor(IDBKeyRange.lowerBound(position, true), 'next'),
    byAdded.openKeyCursor(IDBKeyRange.upperBound(position, true), 'prev'),
    tx.done,
  ])
  return { previous: newer?.primaryKey ?? null, next: older?.primaryKey ?? null }
}

/** Every stored article's link (nulls left out), for deduplicating new items by URL. */
export async function listArticleUrls(): Promise<string[]> {
  const metas = await (await getDb()).getAll('articles')
  return metas.flatMap((meta) => (meta.url ? [meta.url] : []))
}
