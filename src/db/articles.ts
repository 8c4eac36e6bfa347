import { getDb, writeAtomically } from './index'
import type { ArticleId, ArticleRecord, SourceId, SourceRecord } from './schema'

/** The fields a list or card needs: everything but the body. */
export type ArticleSummary = Omit<ArticleRecord, 'html' | 'text'>

function toSummary({ html: _html, text: _text, ...summary }: ArticleRecord): ArticleSummary {
  return summary
}

export async function getArticle(id: ArticleId): Promise<ArticleRecord | undefined> {
  return (await getDb()).get('articles', id)
}

/** Stores articles in one transaction: either all of them land or none does. */
export async function putArticles(articles: readonly ArticleRecord[]): Promise<void> {
  const db = await getDb()
  const tx = db.transaction('articles', 'readwrite')
  await writeAtomically(tx, (track) => {
    for (const article of articles) track(tx.store.put(article))
  })
}

export async function countArticles(): Promise<number> {
  return (await getDb()).count('articles')
}

/** Newest added first, without bodies. */
export async function listArticleSummaries(limit = Infinity): Promise<ArticleSummary[]> {
  const db = await getDb()
  const tx = db.transaction('articles')
  const summaries: ArticleSummary[] = []
  let cursor = await tx.store.index('by-added').openCursor(null, 'prev')
  while (cursor && summaries.length < limit) {
    summaries.push(toSummary(cursor.value))
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

/** The articles before and after `id` in library order (newest added first). */
export async function getNeighbours(id: ArticleId): Promise<{ previous: ArticleId | null; next: ArticleId | null }> {
  const ids = (await listArticleSummaries()).map((summary) => summary.id)
  const index = ids.indexOf(id)
  if (index < 0) return { previous: null, next: null }
  return { previous: ids[index - 1] ?? null, next: ids[index + 1] ?? null }
}

/** Stores a source with its articles in one transaction, so a failure leaves the library as it was. */
export async function putSourceWithArticles(source: SourceRecord, articles: readonly ArticleRecord[]): Promise<void> {
  const db = await getDb()
  const tx = db.transaction(['sources', 'articles'], 'readwrite')
  await writeAtomically(tx, (track) => {
    track(tx.objectStore('sources').put(source))
    for (const article of articles) track(tx.objectStore('articles').put(article))
  })
}
