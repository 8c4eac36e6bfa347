import type { StoredTopicModel } from '@/db/model'
import type { TopicNames } from '@/db/settings'
import { matchTopics } from '@/ml/nmf/labels'

/** The previous fit's topics, as far as handing on keys needs them. */
export type PreviousTopics = Pick<StoredTopicModel, 'keys' | 'nextKey'> & { stems: readonly (readonly string[])[] }

/**
 * Stable keys for a new fit's topics: a topic that continues an old one (by `matchTopics` on their
 * top vocabulary terms) keeps its key, and so its name and its `/topics/:id` address; every other
 * topic gets a fresh key. Without a previous fit the keys are 0, 1, 2, …
 */
export function carryTopicKeys(previous: PreviousTopics | null, stems: readonly (readonly string[])[]): { keys: number[]; nextKey: number } {
  let nextKey = previous?.nextKey ?? 0
  const continues = previous ? matchTopics(previous.stems, stems) : stems.map(() => null)
  const keys = continues.map((old) => (old === null ? nextKey++ : previous!.keys[old]!))
  return { keys, nextKey }
}

/** The names of topics that still exist: a topic that vanished in a refit takes its name with it. */
export function namesOfLiveTopics(names: TopicNames, keys: readonly number[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => (names[key] === undefined ? [] : [[String(key), names[key]]])))
}
