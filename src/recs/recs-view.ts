/**
 * What the recommendations worker sends the page: plain, structured-clonable data, with each
 * article already reduced to what a card shows. Built in src/recs/ from src/ml/recs/.
 */

/** An article as a suggestion card shows it, with why it is there. */
export interface RecCard {
  id: string
  title: string
  sourceTitle: string
  author: string | null
  readingMinutes: number
  publishedAt: number
  summary: string
  /** "Because you liked “…”", "Topic: whale · ship · sea", "Long read · 1850s". */
  reason: string
}

export interface HomeRow {
  title: string
  slug: string
  /** Why the row is there. */
  reason: string
  /** 'genre' rows link to /genre/:slug and can be followed or hidden. */
  kind: 'continue' | 'for-you' | 'because' | 'genre' | 'explore'
  followed: boolean
  cards: RecCard[]
}

/** The home screen. `stage` says which path made it: no model yet, a new reader, or a profile. */
export interface HomeView {
  stage: 'facets-only' | 'cold-start' | 'profile'
  rows: HomeRow[]
  /** Articles in the library, and whether the topic model exists. */
  articleCount: number
  hasModel: boolean
}

/** One topic offered at onboarding. `key` is the stable topic key (src/topics/topic-keys.ts). */
export interface OnboardingTopic {
  key: number
  /** The person's name for the topic, else its top three words. */
  title: string
  /** Top five words. */
  words: string[]
  /** Titles of the topic's two strongest articles. */
  sampleTitles: string[]
}

export interface OnboardingView {
  topics: OnboardingTopic[]
  /** Length buckets with how many articles each has: value 'length:quick', label 'Quick reads (under 5 min)'. */
  lengths: { value: string; label: string; count: number }[]
}

/** A facet value of one article, for the trainer's thumbs. `value` is the trainer key. */
export interface TrainerValue {
  /** 'length:long', 'tone:somber', 'source:<id>', 'author:<name>', 'tag:<tag>', 'era:1860s', 'topic-key:<key>'. */
  value: string
  /** What the kind is, for people: 'Length', 'Tone', 'Source', 'Author', 'Tag', 'Era', 'Topic', 'Format', 'Level'. */
  kind: string
  /** The value, for people: 'Long reads', 'Somber', 'Moby-Dick', 'whale · ship · sea'. */
  label: string
}

export interface GenreView {
  slug: string
  name: string
  /** Its facets for people ("Somber", "Long reads", "From the 1860s", "Topic: war · union · states"). */
  facets: string[]
  followed: boolean
  hidden: boolean
  /** Every article of the genre, unread first. */
  cards: RecCard[]
}
