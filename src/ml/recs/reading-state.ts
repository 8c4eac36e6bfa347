import type { ReadingSignal } from './profile'

/** What one reader has done with one article. */
export interface ArticleState {
  opened: boolean
  finished: boolean
  liked: boolean
  disliked: boolean
  hidden: boolean
  saved: boolean
  /** The latest event's time. */
  lastAt: number
}

/** Folds a reader's events into a state per article. */
export function readingStates(signals: readonly ReadingSignal[]): Map<string, ArticleState> {
  const states = new Map<string, ArticleState>()
  for (const { articleId, event, at } of signals) {
    const state = states.get(articleId) ?? { opened: false, finished: false, liked: false, disliked: false, hidden: false, saved: false, lastAt: at }
    if (event === 'open') state.opened = true
    if (event === 'finish') state.finished = true
    if (event === 'like') state.liked = true
    if (event === 'dislike') state.disliked = true
    if (event === 'hide') state.hidden = true
    if (event === 'save') state.saved = true
    state.lastAt = Math.max(state.lastAt, at)
    states.set(articleId, state)
  }
  return states
}

/** Articles a suggestion may offer: not finished, liked (read), hidden or disliked. */
export const isCandidate = (state: ArticleState | undefined): boolean => !state || !(state.finished || state.liked || state.hidden || state.disliked)
