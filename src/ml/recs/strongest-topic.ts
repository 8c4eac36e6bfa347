import type { RecLibrary } from './rec-library'

/** Each article's strongest topic (−1: none), computed once per library: rows, genres, the trainer and reasons all ask. */
const strongestTopics = new WeakMap<RecLibrary, Int32Array>()

/** The topic with the largest weight in an article's topic proportions, or null (no model, or an article without topic weight). */
export function strongestTopic(library: RecLibrary, row: number): number | null {
  let topics = strongestTopics.get(library)
  if (!topics) {
    topics = new Int32Array(library.articles.length).fill(-1)
    const model = library.model
    if (model) {
      for (let r = 0; r < topics.length; r++) {
        let best = -1
        for (let t = 0; t < model.k; t++) if (model.weights[r * model.k + t]! > 0 && (best < 0 || model.weights[r * model.k + t]! > model.weights[r * model.k + best]!)) best = t
        topics[r] = best
      }
    }
    strongestTopics.set(library, topics)
  }
  return topics[row]! < 0 ? null : topics[row]!
}

/** An article's topic proportions (a view into the model's weights); one zero without a model, so that cosines are 0. */
export function topicVector(library: RecLibrary, row: number): Float64Array {
  const model = library.model
  return model ? model.weights.subarray(row * model.k, (row + 1) * model.k) : new Float64Array(1)
}

/** 'topic:<t>' as a trainer or onboarding value, for t a position in the model; null for any other value. */
export function topicOfValue(library: RecLibrary, value: string): number | null {
  const match = /^topic:(\d+)$/.exec(value)
  if (!match || !library.model) return null
  const t = Number(match[1])
  return t < library.model.k ? t : null
}
