import { listArticleTexts } from '@/db/articles'
import type { ArticleMeta } from '@/db/schema'
import { ignoreQuotaError } from '@/db/quota'
import { deleteTextFeatures, getTermCounts, getTextFacets, listTextFeatureIds, putTextFeatures, type TermCounts } from '@/db/text-features'
import { textFacets, type FacetInput, type FacetValue } from '@/ml/recs/facets'
import { DEFAULT_TERM_OPTIONS, termCountsOf, type TermOptions } from './term-counts'

/** What the text features of an article are computed from, beside its text (read from its body). */
export type FeatureArticle = Pick<ArticleMeta, 'id' | 'title' | 'wordCount' | 'tags'>

export interface TextFeatureOptions {
  /** Articles read, computed and saved at a time: memory stays bounded and an ended worker keeps what it finished. */
  batchSize?: number
  /** The text-facet detectors (tests count calls). */
  computeFacets?: (article: Pick<FacetInput, 'title' | 'text' | 'wordCount' | 'tags'>) => FacetValue[]
  /**
   * The current model's tokenizer options (term counts made otherwise are made again), or null
   * without a model: term counts then wait for one, so the first rows come sooner.
   */
  termOptions?: TermOptions | null
}

export interface TextFeatures {
  /** Text facets by article id, for every article given that still has a body. */
  facets: Map<string, FacetValue[]>
  /** Term counts by article id, likewise. */
  terms: Map<string, TermCounts>
  /** Articles whose text was read and processed now (the rest came from the caches). */
  computed: number
}

const BATCH = 50

/**
 * Every article's text facets and term counts: the cached ones, and the missing ones computed from
 * its text in batches and saved, so each article pays for the detectors and the tokenizer once.
 * Bodies are read only for the articles missing something. Entries of articles no longer given
 * (deleted while a batch was being computed) are dropped.
 */
export async function ensureTextFeatures(articles: readonly FeatureArticle[], options: TextFeatureOptions = {}): Promise<TextFeatures> {
  const computeFacets = options.computeFacets ?? textFacets
  const termOptions = options.termOptions === undefined ? DEFAULT_TERM_OPTIONS : options.termOptions
  const batchSize = Math.max(1, options.batchSize ?? BATCH)
  const [facets, terms, storedIds] = await Promise.all([getTextFacets(), getTermCounts(), listTextFeatureIds()])
  const termsFit = (counts: TermCounts | undefined): boolean => !termOptions || (counts?.locale === termOptions.locale && counts.stem === termOptions.stem)
  const missing = articles.filter((article) => !facets.has(article.id) || !termsFit(terms.get(article.id)))
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize)
    const texts = new Map((await listArticleTexts(batch.map((article) => article.id))).map((article) => [article.id, article.text]))
    const newFacets = new Map<string, FacetValue[]>()
    const newTerms = new Map<string, TermCounts>()
    for (const article of batch) {
      const text = texts.get(article.id)
      if (text === undefined) continue // deleted since the list was read
      if (!facets.has(article.id)) newFacets.set(article.id, computeFacets({ ...article, text }))
      // The same document the topic model reads: title, then text.
      if (termOptions && !termsFit(terms.get(article.id))) newTerms.set(article.id, termCountsOf(`${article.title}\n${text}`, termOptions))
    }
    // A cache: when storage is full the features are used unsaved and computed again next time.
    await putTextFeatures(newFacets, newTerms).catch(ignoreQuotaError)
    for (const [id, values] of newFacets) facets.set(id, values)
    for (const [id, counts] of newTerms) terms.set(id, counts)
  }
  const live = new Set(articles.map((article) => article.id))
  await deleteTextFeatures(storedIds.filter((id) => !live.has(id)))
  for (const id of [...facets.keys()]) if (!live.has(id)) facets.delete(id)
  for (const id of [...terms.keys()]) if (!live.has(id)) terms.delete(id)
  return { facets, terms, computed: missing.length }
}
