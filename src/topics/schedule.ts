import { MIN_TOPIC_DOCUMENTS } from '@/ml/topics/topic-count'

/**
 * A full refit is due once the library holds this fraction more articles than the last fit saw.
 * Folding in places new articles under the old topics at once, but cannot find new topics; a
 * quarter more articles is enough for one to emerge, and refits stay rare (each one is seconds of
 * CPU on a phone): a library growing from 400 to 10,000 articles refits about 15 times.
 */
export const REFIT_GROWTH = 0.25

/** What the library looks like after an ingest. */
export interface LibraryState {
  articles: number
  /** Articles the model does not place yet (new since the fit or the last fold-in). */
  unplaced: number
  /** Articles the last fit saw; null without a model. */
  fittedCount: number | null
}

/** What to do after an ingest: fold the new articles in, fit (again), both or neither. */
export interface TopicsPlan {
  foldIn: boolean
  fit: boolean
}

/**
 * No model: fit once the library has MIN_TOPIC_DOCUMENTS articles. A model: fold the new articles
 * in at once, and refit when the library has grown by REFIT_GROWTH since the last fit.
 */
export function planAfterIngest({ articles, unplaced, fittedCount }: LibraryState): TopicsPlan {
  if (fittedCount === null) return { foldIn: false, fit: articles >= MIN_TOPIC_DOCUMENTS }
  return { foldIn: unplaced > 0, fit: articles >= fittedCount * (1 + REFIT_GROWTH) }
}
