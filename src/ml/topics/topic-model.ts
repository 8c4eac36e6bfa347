import { fitNmf } from '../nmf/fit'
import { topicLabel } from '../nmf/labels'
import { fitOnlineNmf } from '../nmf/online'
import type { NmfProgress } from '../nmf/options'
import { npmiCoherence, topicDiversity, topTerms } from '../nmf/quality'
import type { CsrMatrix } from '../sparse/csr'
import { transformTexts, vectorizeTexts, type TextModel } from '../text/vectorize'
import { foldIn } from '../nmf/transform'
import { defaultTopicCount, MIN_TOPIC_DOCUMENTS } from './topic-count'
import { orderTopics } from './topic-order'

/** A text the model is fitted on or folded in: an article's title and body. */
export interface TopicDocument {
  id: string
  text: string
}

export interface Topic {
  /** Position in the model, 0 = the topic holding the most weight. */
  id: number
  /** Top 3 display words, "whale · ship · sea". */
  label: string
  /** Top 10 display words, strongest first, and their weights in H. */
  terms: string[]
  termWeights: number[]
  /** Top 10 vocabulary terms (stems): what renamed topics are matched by across refits. */
  stems: string[]
  /** NPMI of the top 10 words over documents, in [−1, 1]. */
  coherence: number
  /** Articles whose strongest topic this is. */
  size: number
}

/** What the app stores: enough to show topics, place new articles and match the next refit. */
export interface TopicModel {
  version: 1
  k: number
  text: TextModel
  /** k × vocabulary, row-major. */
  h: Float64Array
  topics: Topic[]
  /** Unique top-10 words over all top-10 words. */
  diversity: number
  relativeError: number
  iterations: number
  /** Which kernels the factorization ran on: 'wasm' (SIMD) or 'js'. */
  engine: 'wasm' | 'js'
  /** The fitted articles, in the order of the rows of `weights` (documents × k, each row summing to 1 or 0). */
  documentIds: string[]
  weights: Float64Array
  fittedAt: number
}

export type TopicStage = 'vectorize' | 'factorize' | 'summarize'

export interface TopicProgress extends Partial<NmfProgress> {
  stage: TopicStage
}

export interface TopicModelOptions {
  /** Number of topics; `defaultTopicCount` when absent. */
  k?: number
  seed?: number
  /** Above this many articles the online (mini-batch) solver refits. */
  onlineAbove?: number
  onProgress?: (progress: TopicProgress) => void
  signal?: { readonly aborted: boolean }
  now?: () => number
}

/** Each row scaled to sum to 1 (a document's topic proportions); empty rows stay zero. */
export function normalizeRows(w: Float64Array, k: number): Float64Array {
  for (let row = 0; row < w.length; row += k) {
    let sum = 0
    for (let t = 0; t < k; t++) sum += w[row + t]!
    if (sum > 0) for (let t = 0; t < k; t++) w[row + t]! /= sum
  }
  return w
}

/**
 * The whole pipeline on a library: TF-IDF (src/ml/text), NMF (HALS, or online above
 * `onlineAbove` articles), then per topic its words, label, coherence and size.
 * @throws RangeError for fewer than MIN_TOPIC_DOCUMENTS articles or a vocabulary too small for k.
 */
export function fitTopicModel(documents: readonly TopicDocument[], options: TopicModelOptions = {}): TopicModel {
  return fitTopics(documents, options).model
}

/** fitTopicModel, also giving the TF-IDF matrix it factored (rows: `documents`, L2-normalized). */
export function fitTopics(documents: readonly TopicDocument[], options: TopicModelOptions = {}): { model: TopicModel; matrix: CsrMatrix } {
  if (documents.length < MIN_TOPIC_DOCUMENTS) throw new RangeError(`Topics need at least ${MIN_TOPIC_DOCUMENTS} articles; the library has ${documents.length}.`)
  options.onProgress?.({ stage: 'vectorize' })
  const { matrix, ...text } = vectorizeTexts(documents.map((document) => document.text))
  const k = Math.min(options.k ?? defaultTopicCount(documents.length), matrix.rows, matrix.cols)
  options.onProgress?.({ stage: 'factorize', iteration: 0 })
  const report = (progress: NmfProgress): void => options.onProgress?.({ stage: 'factorize', ...progress })
  const online = documents.length > (options.onlineAbove ?? 20_000)
  const fit = online
    ? { ...fitOnlineNmf(matrix, { k, seed: options.seed, epochs: 2, onProgress: report, signal: options.signal }), iterations: 0, relativeError: Number.NaN, engine: 'js' as const }
    : fitNmf(matrix, { k, seed: options.seed, tol: 1e-4, maxIterations: 400, onProgress: report, signal: options.signal })
  options.onProgress?.({ stage: 'summarize' })
  const { h, w } = orderTopics(fit.h, fit.w, k, matrix.cols)
  const top = topTerms(h, k, matrix.cols, 10)
  const coherence = npmiCoherence(top, matrix)
  const weights = normalizeRows(w, k)
  const sizes = new Array<number>(k).fill(0)
  for (let row = 0; row < documents.length; row++) {
    const topic = strongestTopic(weights, k, row)
    if (topic !== null) sizes[topic]!++
  }
  const topics = top.map((terms, id): Topic => {
    const words = [...terms].map((term) => text.display[term]!)
    return {
      id,
      label: topicLabel(words),
      terms: words,
      termWeights: [...terms].map((term) => h[id * matrix.cols + term]!),
      stems: [...terms].map((term) => text.vocabulary[term]!),
      coherence: coherence[id]!,
      size: sizes[id]!,
    }
  })
  const model: TopicModel = {
    version: 1,
    k,
    text,
    h,
    topics,
    diversity: topicDiversity(top),
    relativeError: fit.relativeError,
    iterations: fit.iterations,
    engine: fit.engine,
    documentIds: documents.map((document) => document.id),
    weights,
    fittedAt: (options.now ?? Date.now)(),
  }
  return { model, matrix }
}

/** The topic with the most weight in a row, or null for a row with none. */
export function strongestTopic(weights: Float64Array, k: number, row: number): number | null {
  let best: number | null = null
  let bestWeight = 0
  for (let t = 0; t < k; t++) {
    const weight = weights[row * k + t]!
    if (weight <= bestWeight) continue
    best = t
    bestWeight = weight
  }
  return best
}

/** Topic proportions (documents × k) of new articles under a fitted model, without refitting. */
export function foldInDocuments(model: TopicModel, documents: readonly TopicDocument[]): Float64Array {
  const x = transformTexts(documents.map((document) => document.text), model.text)
  return normalizeRows(foldIn(x, model.h, model.k), model.k)
}
