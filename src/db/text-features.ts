import type { FacetValue } from '@/ml/recs/facets'
import { getDb } from './index'
import type { ArticleId, TermCountsRecord } from './schema'

/**
 * Versions of what the caches hold: the text-facet detectors (src/ml/recs: format.ts, tone.ts,
 * level.ts) and the tokenizer (src/ml/text: tokenize.ts, stopwords.ts, stemming.ts). Bump one when
 * its code changes what it finds: entries of another version are computed again.
 */
export const TEXT_FACETS_VERSION = 1
export const TERM_COUNTS_VERSION = 1

/** An article's distinct terms and their counts (see TermCountsRecord). */
export type TermCounts = Pick<TermCountsRecord, 'locale' | 'stem' | 'terms' | 'counts'>

/** Cached text facets of the current version, by article id. */
export async function getTextFacets(): Promise<Map<ArticleId, FacetValue[]>> {
  const records = await (await getDb()).getAll('textFacets')
  return new Map(records.filter((record) => record.version === TEXT_FACETS_VERSION).map((record) => [record.id, record.facets]))
}

/** Cached term counts of the current version, by article id. */
export async function getTermCounts(): Promise<Map<ArticleId, TermCounts>> {
  const records = await (await getDb()).getAll('termCounts')
  return new Map(records.filter((record) => record.version === TERM_COUNTS_VERSION).map(({ id, locale, stem, terms, counts }) => [id, { locale, stem, terms, counts }]))
}

/** Saves one batch of computed features in one transaction. */
export async function putTextFeatures(facets: ReadonlyMap<ArticleId, FacetValue[]>, terms: ReadonlyMap<ArticleId, TermCounts>): Promise<void> {
  const tx = (await getDb()).transaction(['textFacets', 'termCounts'], 'readwrite')
  await Promise.all([
    ...[...facets].map(([id, values]) => tx.objectStore('textFacets').put({ id, version: TEXT_FACETS_VERSION, facets: values })),
    ...[...terms].map(([id, counts]) => tx.objectStore('termCounts').put({ id, version: TERM_COUNTS_VERSION, ...counts })),
    tx.done,
  ])
}

/** Every cached entry's article id, whatever its version (to find entries of deleted articles). */
export async function listTextFeatureIds(): Promise<ArticleId[]> {
  const tx = (await getDb()).transaction(['textFacets', 'termCounts'])
  const [facets, terms] = await Promise.all([tx.objectStore('textFacets').getAllKeys(), tx.objectStore('termCounts').getAllKeys(), tx.done])
  return [...new Set([...facets, ...terms])]
}

/** Drops both cached entries of these articles, e.g. of articles deleted while a batch was computed. */
export async function deleteTextFeatures(ids: readonly ArticleId[]): Promise<void> {
  if (ids.length === 0) return
  const tx = (await getDb()).transaction(['textFacets', 'termCounts'], 'readwrite')
  await Promise.all([...ids.flatMap((id) => [tx.objectStore('textFacets').delete(id), tx.objectStore('termCounts').delete(id)]), tx.done])
}
