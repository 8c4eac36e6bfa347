import { listInteractions } from '@/db/interactions'
import { getSetting, type TopicNames } from '@/db/settings'
import type { ReadingSignal } from '@/ml/recs/profile'
import { readingSignals } from '@/ml/recs/signals'
import type { Taste } from '@/ml/recs/taste'
import type { LoadedLibrary } from './load-library'
import { tasteFromSettings } from './taste-mapping'

/** What one call reads afresh: the person's events and what they told Folio outright. */
export interface ReaderContext {
  signals: ReadingSignal[]
  /** Topics as positions of the current model (topics that no longer exist dropped). */
  taste: Taste
  halfLifeDays: number
  /** Genre slugs as stored, for the rows' and pages' flags. */
  followedGenres: ReadonlySet<string>
  hiddenGenres: ReadonlySet<string>
  /** The person's topic names by stable key. */
  topicNames: TopicNames
}

/** Reads interactions and taste settings; `keys`: the model's stable topic keys, null without a model. */
export async function loadReaderContext(keys: readonly number[] | null): Promise<ReaderContext> {
  const [events, trainer, interests, followedGenres, hiddenGenres, halfLifeDays, topicNames] = await Promise.all([
    listInteractions(),
    getSetting('trainer'),
    getSetting('interests'),
    getSetting('followedGenres'),
    getSetting('hiddenGenres'),
    getSetting('halfLifeDays'),
    getSetting('topicNames'),
  ])
  return {
    signals: readingSignals(events),
    taste: tasteFromSettings({ trainer, interests, followedGenres, hiddenGenres }, keys),
    halfLifeDays,
    followedGenres: new Set(followedGenres),
    hiddenGenres: new Set(hiddenGenres),
    topicNames,
  }
}

/** The person's name for the topic at `position`, else its label (top three words). */
export function topicTitle(loaded: Pick<LoadedLibrary, 'keys' | 'library'>, names: TopicNames, position: number): string {
  const key = loaded.keys?.[position]
  const name = key === undefined ? undefined : names[key]
  return name ?? loaded.library.model?.topics[position]?.label ?? ''
}
