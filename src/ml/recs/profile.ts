/** What a reader did with an article, as the recommender reads it (stored with a timestamp). */
export type ReadingEvent = 'open' | 'finish' | 'like' | 'dislike' | 'hide' | 'save'

export interface ReadingSignal {
  articleId: string
  event: ReadingEvent
  /** Milliseconds since the epoch. */
  at: number
}

/**
 * How much each event says about taste: finishing is the plain signal, a like counts double, an
 * open a little (people open what they then abandon), a dislike pushes away. Hiding and saving
 * shape the rows (hidden articles never show) but not the topic profile.
 */
export const EVENT_WEIGHTS: Readonly<Record<ReadingEvent, number>> = { finish: 1, like: 2, open: 0.3, dislike: -1, hide: 0, save: 0 }

export interface ProfileOptions {
  /** Signals lose half their weight every this many days (default 14). */
  halfLifeDays?: number
  now: number
  /**
   * What the reader said outright (onboarding topic picks, trainer thumbs on topics): each adds
   * its topic's unit vector with its weight, undecayed, since a stated taste does not age as
   * reading does.
   */
  statedTopics?: readonly StatedTopic[]
}

/** A topic (position in the model) with the weight a reader's explicit pick or thumb gives it. */
export interface StatedTopic {
  topic: number
  weight: number
}

const DAY_MS = 86_400_000

/** 0.5^(age / half-life); a signal from the future counts as new. */
export function decay(at: number, now: number, halfLifeDays = 14): number {
  return 0.5 ** (Math.max(0, now - at) / (halfLifeDays * DAY_MS))
}

/**
 * The reader's topic profile: the time-decayed weighted mean of the topic proportions of the
 * articles they interacted with, each event weighted by EVENT_WEIGHTS and by its age. The mean
 * divides by the sum of absolute weights, so a dislike pulls the profile away from its topics
 * without inflating it. Articles without topic weights (not in the model) are skipped. Stated
 * topics join the mean as unit vectors. Null when nothing carries weight: the cold-start paths take over.
 */
export function topicProfile(signals: readonly ReadingSignal[], topicWeights: (articleId: string) => ArrayLike<number> | null, k: number, options: ProfileOptions): Float64Array | null {
  const profile = new Float64Array(k)
  let total = 0
  for (const { articleId, event, at } of signals) {
    const weight = EVENT_WEIGHTS[event] * decay(at, options.now, options.halfLifeDays)
    if (weight === 0) continue
    const topics = topicWeights(articleId)
    if (!topics) continue
    if (topics.length !== k) throw new RangeError(`Article ${articleId} has ${topics.length} topic weights; the model has ${k}.`)
    for (let t = 0; t < k; t++) profile[t]! += weight * topics[t]!
    total += Math.abs(weight)
  }
  for (const { topic, weight } of options.statedTopics ?? []) {
    if (!Number.isInteger(topic) || topic < 0 || topic >= k) throw new RangeError(`Topic ${topic} is not in a model of ${k} topics.`)
    profile[topic]! += weight
    total += Math.abs(weight)
  }
  if (total === 0) return null
  for (let t = 0; t < k; t++) profile[t]! /= total
  return profile
}
