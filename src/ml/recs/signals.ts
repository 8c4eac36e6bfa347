import type { ReadingEvent, ReadingSignal } from './profile'

/** An event as the app stores it: the reader's events, plus the undos of a like, a dislike or a save. */
export interface StoredEvent {
  articleId: string
  event: ReadingEvent | 'unreact' | 'unsave' | 'unhide'
  at: number
}

/**
 * The recommender's signals from the stored events: opens and finishes count as they happened;
 * for a reaction (like/dislike), a save and a hide only the article's latest state counts, so an
 * undone like stops shaping suggestions, and a like changed to a dislike counts as the dislike.
 */
export function readingSignals(events: readonly StoredEvent[]): ReadingSignal[] {
  const signals: ReadingSignal[] = []
  const latest = new Map<string, ReadingSignal | null>()
  const ordered = [...events].sort((a, b) => a.at - b.at)
  for (const { articleId, event, at } of ordered) {
    if (event === 'open' || event === 'finish') signals.push({ articleId, event, at })
    else if (event === 'like' || event === 'dislike') latest.set(`reaction ${articleId}`, { articleId, event, at })
    else if (event === 'unreact') latest.set(`reaction ${articleId}`, null)
    else if (event === 'save') latest.set(`save ${articleId}`, { articleId, event, at })
    else if (event === 'unsave') latest.set(`save ${articleId}`, null)
    else if (event === 'hide') latest.set(`hide ${articleId}`, { articleId, event, at })
    else latest.set(`hide ${articleId}`, null)
  }
  for (const signal of latest.values()) if (signal) signals.push(signal)
  return signals.sort((a, b) => a.at - b.at)
}
