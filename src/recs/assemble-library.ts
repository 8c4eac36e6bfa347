import type { TermCounts } from '@/db/text-features'
import { metaFacets, type FacetValue } from '@/ml/recs/facets'
import type { RecArticle, RecLibrary } from '@/ml/recs/rec-library'
import type { CsrMatrix } from '@/ml/sparse/csr'
import { transformTfidf } from '@/ml/text/tfidf'
import { MIN_TOPIC_DOCUMENTS } from '@/ml/topics/topic-count'
import { strongestTopic, type TopicModel } from '@/ml/topics/topic-model'
import { termsOf, tokensOf } from './term-counts'

/** What a RecLibrary is assembled from: stored data only, nothing is fitted. */
export interface LibraryParts {
  /** The stored articles, in any order. */
  articles: readonly RecArticle[]
  /** Cached text facets by article id (src/recs/text-features.ts). */
  textFacets: ReadonlyMap<string, readonly FacetValue[]>
  /** Cached term counts by article id; an article without them is tokenized from its text. */
  termCounts?: ReadonlyMap<string, TermCounts>
  /** The stored topic model, whose documentIds may include deleted articles and miss new ones. */
  model: TopicModel | null
  now: number
}

/**
 * The articles in the model's row order (those it places that still exist), then those it does not
 * place (added since and not folded in yet), in their given order.
 */
export function orderByModel(articles: readonly RecArticle[], documentIds: readonly string[]): RecArticle[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  const ordered = documentIds.flatMap((id) => {
    const article = byId.get(id)
    byId.delete(id) // an id placed twice keeps its first row
    return article ? [article] : []
  })
  return [...ordered, ...byId.values()]
}

/**
 * The model as the recommender reads it for these articles: `documentIds` are the articles' ids and
 * row r of `weights` is article r's proportions (zeros for an article the model does not place).
 * Topic sizes are counted again over the articles that still exist.
 */
export function alignModel(model: TopicModel, articleIds: readonly string[]): TopicModel {
  const { k } = model
  const rowOf = new Map<string, number>()
  model.documentIds.forEach((id, row) => {
    if (!rowOf.has(id)) rowOf.set(id, row)
  })
  const weights = new Float64Array(articleIds.length * k)
  const sizes = new Array<number>(k).fill(0)
  articleIds.forEach((id, index) => {
    const row = rowOf.get(id)
    if (row === undefined) return
    weights.set(model.weights.subarray(row * k, (row + 1) * k), index * k)
    const topic = strongestTopic(weights, k, index)
    if (topic !== null) sizes[topic]!++
  })
  return { ...model, documentIds: [...articleIds], weights, topics: model.topics.map((topic, t) => ({ ...topic, size: sizes[t]! })) }
}

/** Scales each row to unit length in place (empty rows stay empty). */
function normalizeRowsL2(matrix: CsrMatrix): CsrMatrix {
  const { indptr, data } = matrix
  for (let row = 0; row < matrix.rows; row++) {
    let sum = 0
    for (let p = indptr[row]!; p < indptr[row + 1]!; p++) sum += data[p]! * data[p]!
    if (sum === 0) continue
    const length = Math.sqrt(sum)
    for (let p = indptr[row]!; p < indptr[row + 1]!; p++) data[p]! /= length
  }
  return matrix
}

/**
 * TF-IDF rows of the articles in the model's vocabulary, L2-normalized as the recommender needs:
 * what `transformTexts(title + "\n" + text)` gives, from cached term counts where they were made
 * as the model tokenizes.
 */
export function lexicalMatrix(model: TopicModel, articles: readonly RecArticle[], termCounts: ReadonlyMap<string, TermCounts> = new Map()): CsrMatrix {
  const { locale, stem } = model.text
  const documents = articles.map((article) => {
    const counts = termCounts.get(article.id)
    return counts && counts.locale === locale && counts.stem === stem ? tokensOf(counts) : termsOf(`${article.title}\n${article.text}`, { locale, stem })
  })
  const matrix = transformTfidf(documents, model.text)
  // Models are fitted with norm 'l2' (the default), which transformTfidf applies; others are rescaled.
  return model.text.norm === 'l2' ? matrix : normalizeRowsL2(matrix)
}

/**
 * A RecLibrary from stored data: articles ordered as the model's rows, the model aligned with them,
 * TF-IDF rows in its vocabulary, and each article's facets (metadata facets for `now`, then its
 * cached text facets). Below MIN_TOPIC_DOCUMENTS articles, or without a model, `model` and
 * `matrix` are null: rows then come from facets and recency.
 */
export function assembleRecLibrary(parts: LibraryParts): RecLibrary {
  const usable = parts.model !== null && parts.articles.length >= MIN_TOPIC_DOCUMENTS ? parts.model : null
  const articles = usable ? orderByModel(parts.articles, usable.documentIds) : [...parts.articles]
  const model = usable && alignModel(usable, articles.map((article) => article.id))
  return {
    articles,
    row: new Map(articles.map((article, index) => [article.id, index])),
    model,
    matrix: model && lexicalMatrix(model, articles, parts.termCounts),
    // Same order as articleFacets: metadata facets, then text facets.
    facets: articles.map((article) => [...metaFacets(article, parts.now), ...(parts.textFacets.get(article.id) ?? [])]),
    now: parts.now,
  }
}
