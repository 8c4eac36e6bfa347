import { LENGTH_BUCKETS } from './facets'
import type { RecLibrary } from './rec-library'
import { strongestTopic } from './strongest-topic'

/** One topic a new reader may pick: its position in the model, top words, and its strongest articles. */
export interface OnboardingChoice {
  topic: number
  words: string[]
  sampleIds: string[]
}

/** What the onboarding step offers: topics and reading lengths to pick from. */
export interface OnboardingChoices {
  /** Largest topics first. */
  topics: OnboardingChoice[]
  /** Length buckets that have articles: value 'length:quick', label 'Quick reads (under 5 min)', count. */
  lengths: { value: string; label: string; count: number }[]
}

/** How much onboardingChoices shows of each topic. */
export interface OnboardingOptions {
  /** Display words per topic (default 5). */
  words?: number
  /** Sample articles per topic (default 2). */
  samples?: number
}

/**
 * What the onboarding step offers, from the library: every topic of the model in its order
 * (position 0 holds the most weight) with its top display words and its strongest articles,
 * those whose strongest topic it is first (an article mostly about something else is a poor
 * sample, however much of this topic it has); and the length buckets that have articles, with
 * how many each has. No topics without a model.
 */
export function onboardingChoices(library: RecLibrary, options: OnboardingOptions = {}): OnboardingChoices {
  const model = library.model
  const topics: OnboardingChoice[] = []
  if (model) {
    for (const topic of model.topics) {
      const t = topic.id
      const weight = (row: number): number => model.weights[row * model.k + t]!
      const own = (row: number): number => (strongestTopic(library, row) === t ? 0 : 1)
      const samples = library.articles
        .map((_, row) => row)
        .filter((row) => weight(row) > 0)
        .sort((a, b) => own(a) - own(b) || weight(b) - weight(a) || a - b)
        .slice(0, options.samples ?? 2)
      topics.push({ topic: t, words: topic.terms.slice(0, options.words ?? 5), sampleIds: samples.map((row) => library.articles[row]!.id) })
    }
  }
  const lengths = LENGTH_BUCKETS.map((bucket) => ({
    value: `length:${bucket.id}`,
    label: `${bucket.label.charAt(0).toUpperCase()}${bucket.label.slice(1)} (${minutesRange(bucket.from, bucket.to)})`,
    count: library.articles.filter(({ readingMinutes }) => readingMinutes >= bucket.from && readingMinutes < bucket.to && readingMinutes > 0).length,
  })).filter(({ count }) => count > 0)
  return { topics, lengths }
}

/** "under 5 min", "5–12 min", "25+ min". */
function minutesRange(from: number, to: number): string {
  if (from === 0) return `under ${to} min`
  return Number.isFinite(to) ? `${from}–${to} min` : `${from}+ min`
}
