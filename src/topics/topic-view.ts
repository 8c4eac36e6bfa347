import type { StoredTopicModel } from '@/db/model'
import { strongestTopic } from '@/ml/topics/topic-model'

/** One topic as the pages show it: no H, only its top words and how it fits the library. */
export interface TopicSummary {
  /** The topic's stable key (src/topics/topic-keys.ts): survives refits; routes and names use it. */
  id: number
  /** Default name: the top three words. */
  label: string
  /** Top 10 display words, strongest first, and their weights in the topic. */
  terms: string[]
  termWeights: number[]
  /** NPMI of the top words over the library's articles, in [−1, 1]. */
  coherence: number
  /** Articles in the library (fitted or folded in) whose strongest topic this is. */
  articleCount: number
}

/**
 * What the page holds of the topic model: a few kilobytes of words, plus each article's topic
 * proportions. Built in the worker; `weights` and `strongest` cross to the page by transfer.
 */
export interface TopicsView {
  /** Largest first (the model's order). */
  topics: TopicSummary[]
  k: number
  fittedAt: number
  /** Articles the last fit saw: the scheduler refits once the library has grown well past it. */
  fittedCount: number
  relativeError: number
  iterations: number
  diversity: number
  /** Articles still in the library that the model places, fitted or folded in. */
  documentIds: string[]
  /** documentIds × k topic proportions, columns in the order of `topics`. */
  weights: Float64Array
  /** Per article, the position in `topics` of its strongest topic, −1 for an article with none. */
  strongest: Int16Array
}

/** The page's view of a stored model, leaving out articles no longer in the library (`existing`). */
export function buildTopicsView(stored: StoredTopicModel, existing: ReadonlySet<string>): TopicsView {
  const { model, keys, fittedCount } = stored
  const { k } = model
  const rows = model.documentIds.flatMap((id, row) => (existing.has(id) ? [row] : []))
  const weights = new Float64Array(rows.length * k)
  const strongest = new Int16Array(rows.length)
  const articleCounts = new Array<number>(k).fill(0)
  rows.forEach((row, index) => {
    weights.set(model.weights.subarray(row * k, (row + 1) * k), index * k)
    const topic = strongestTopic(model.weights, k, row)
    strongest[index] = topic ?? -1
    if (topic !== null) articleCounts[topic]!++
  })
  return {
    topics: model.topics.map((topic, position) => ({
      id: keys[position]!,
      label: topic.label,
      terms: topic.terms,
      termWeights: topic.termWeights,
      coherence: topic.coherence,
      articleCount: articleCounts[position]!,
    })),
    k,
    fittedAt: model.fittedAt,
    fittedCount,
    relativeError: model.relativeError,
    iterations: model.iterations,
    diversity: model.diversity,
    documentIds: rows.map((row) => model.documentIds[row]!),
    weights,
    strongest,
  }
}
