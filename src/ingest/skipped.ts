import type { JsonFeed } from './json-feed'

/** An item left out of a feed: its position in the file, and why, for people. */
export type SkippedItem = JsonFeed['skipped'][number]

/**
 * Each item's position in the file it came from. Parsers keep the good items in order and list
 * the skipped ones by position, so the n-th item sits at the n-th position no skip took.
 */
export function filePositions(feed: Pick<JsonFeed, 'items' | 'skipped'>): number[] {
  const taken = new Set(feed.skipped.map((entry) => entry.index))
  const positions: number[] = []
  for (let position = 0; positions.length < feed.items.length; position++) if (!taken.has(position)) positions.push(position)
  return positions
}

/** A reason without the item it names: `item "4" has no content` → `no content`. */
const general = (reason: string): string =>
  reason
    .replace(/^item ".*" (?:has )?/, '')
    .replace(/^duplicate id .*/, 'duplicate id')
    .replace(/:.*$/, '')

/** `missing id: 1, no content: 2`: why items were left out, grouped, in the order first met. */
export function skippedReasons(skipped: readonly SkippedItem[]): string {
  const counts = new Map<string, number>()
  for (const { reason } of skipped) counts.set(general(reason), (counts.get(general(reason)) ?? 0) + 1)
  return [...counts].map(([reason, count]) => `${reason}: ${count}`).join(', ')
}

/** `3 skipped (missing id: 1, no content: 2)`: what was left out, grouped by why. */
export function describeSkipped(skipped: readonly SkippedItem[]): string {
  return `${skipped.length} skipped (${skippedReasons(skipped)})`
}
