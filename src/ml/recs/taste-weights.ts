import { EVENT_WEIGHTS, type StatedTopic } from './profile'
import type { RecLibrary } from './rec-library'
import { topicOfValue } from './strongest-topic'
import type { Taste } from './taste'

/** An onboarding topic pick weighs what finishing an article of that topic does: a plain, first signal. */
export const INTEREST_TOPIC_WEIGHT = EVENT_WEIGHTS.finish
/** An onboarding facet pick ('length:quick') adds this affinity, as one finished article with the value would. */
export const INTEREST_FACET_WEIGHT = 1
/** A trainer thumb says as much as a like (or a dislike, doubled): it is a deliberate statement. */
export const THUMB_WEIGHT = EVENT_WEIGHTS.like

/** What a reader's stated taste adds to the scores: topic picks for the profile, facet affinities for facet relevance. */
export interface TasteWeights {
  topics: StatedTopic[]
  /** Signed affinity by facet value. */
  facets: Map<string, number>
}

/**
 * The weights of a reader's interests and thumbs. A 'topic:<t>' value goes to the topic profile
 * (topics are what the profile models); any other value to the facet affinities. Topics outside
 * the model (or any topic without one) are ignored: a stale pick must not break the rows.
 */
export function tasteWeights(library: RecLibrary, taste: Taste): TasteWeights {
  const weights: TasteWeights = { topics: [], facets: new Map() }
  const add = (value: string, topicWeight: number, facetWeight: number): void => {
    if (value.startsWith('topic:')) {
      const topic = topicOfValue(library, value)
      if (topic !== null) weights.topics.push({ topic, weight: topicWeight })
    } else {
      weights.facets.set(value, (weights.facets.get(value) ?? 0) + facetWeight)
    }
  }
  for (const value of new Set(taste.interests)) add(value, INTEREST_TOPIC_WEIGHT, INTEREST_FACET_WEIGHT)
  for (const [value, thumb] of taste.thumbs) add(value, thumb * THUMB_WEIGHT, thumb * THUMB_WEIGHT)
  return weights
}
