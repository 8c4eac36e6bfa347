import type { TopicProgress } from '@/ml/topics/topic-model'
import type { TopicsView } from '@/topics/topic-view'

/** A fit of the whole library. `k`: the number of topics, or null for `defaultTopicCount`. */
export interface FitRequest {
  k: number | null
}

/**
 * Errors cross the worker boundary as data. `too-few`: the library has fewer than
 * MIN_TOPIC_DOCUMENTS articles; `cancelled`: stopped before anything was saved.
 */
export type FitOutcome = { ok: true; view: TopicsView } | { ok: false; code: 'too-few' | 'cancelled' | 'failed'; message: string }

/** Called with the fit's stage, NMF iteration and relative error, at most ~10 times a second. */
export type FitProgressListener = (progress: TopicProgress) => void

/**
 * The topics worker's API (exposed with Comlink). It reads articles from and saves the model to
 * IndexedDB itself: only the view (words, and each article's topic proportions, transferred)
 * comes back to the page. One call at a time: the topics store queues them.
 */
export interface TopicsWorkerApi {
  /** Fits a model on every stored article, hands topic keys on from the previous fit, saves it. */
  fitModel(request: FitRequest, onProgress: FitProgressListener): Promise<FitOutcome>
  /** Sets the running fit's signal: NMF stops at its next iteration and nothing is saved. */
  cancel(): void
  /** Places articles missing from the stored model under its topics (no refit) and saves them; null without a model. */
  foldIn(ids: string[]): Promise<TopicsView | null>
  /** The stored model's view, or null when there is none. Never fits. */
  view(): Promise<TopicsView | null>
}
