import type { CsrMatrix } from '../sparse/csr'
import { MIN_TOPIC_DOCUMENTS } from '../topics/topic-count'
import { fitTopics, type TopicModel } from '../topics/topic-model'
import { articleFacets, type FacetInput, type FacetValue } from './facets'

/** An article as the recommender reads it. */
export type RecArticle = FacetInput

/** Everything recommendations are computed from; built once, used for any number of readers. */
export interface RecLibrary {
  articles: readonly RecArticle[]
  /** Article id → row in `articles`, the matrix and the model's weights. */
  row: ReadonlyMap<string, number>
  /** Null below MIN_TOPIC_DOCUMENTS articles: rows then come from facets and recency alone. */
  model: TopicModel | null
  /** L2-normalized TF-IDF rows (lexical similarity), null without a model. */
  matrix: CsrMatrix | null
  facets: FacetValue[][]
  now: number
  /**
   * Each topic's stable key, by position, where models are stored and refitted with keys carried
   * over (the app): genre slugs then name topics by key, not by a position a refit reshuffles.
   */
  topicKeys?: readonly number[]
}

export interface RecLibraryOptions {
  now: number
  k?: number
  seed?: number
}

/** Fits the topic model (when the library is large enough) and computes every article's facets. */
export function buildRecLibrary(articles: readonly RecArticle[], options: RecLibraryOptions): RecLibrary {
  const fitted = articles.length >= MIN_TOPIC_DOCUMENTS ? fitTopics(articles.map(({ id, title, text }) => ({ id, text: `${title}\n${text}` })), { k: options.k, seed: options.seed, now: () => options.now }) : null
  return {
    articles,
    row: new Map(articles.map((article, index) => [article.id, index])),
    model: fitted?.model ?? null,
    matrix: fitted?.matrix ?? null,
    facets: articles.map((article) => articleFacets(article, options.now)),
    now: options.now,
  }
}
