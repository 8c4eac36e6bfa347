/** Options for {@link topicLabel}. */
export interface TopicLabelOptions {
  /** Words in the label. Default 3: enough to tell topics apart, short enough for a phone's chip. */
  words?: number
  /** Between words. Default ' · ' (a middle dot): lighter than commas, and unlike them never read as part of a word list's grammar. */
  separator?: string
}

/**
 * A topic's default name: its first few top words, heaviest first, e.g. "whale · boat · sea".
 * Pass display words (surface forms), not stems. Repeated words are skipped.
 */
export function topicLabel(displayWords: readonly string[], options: TopicLabelOptions = {}): string {
  const count = options.words ?? 3
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`A label needs a whole number of words, not ${count}.`)
  return [...new Set(displayWords)].slice(0, count).join(options.separator ?? ' · ')
}

/** Options for {@link matchTopics}. */
export interface MatchTopicsOptions {
  /** Top words compared per topic (the first of each list). Default 10. */
  topWords?: number
  /**
   * Least Jaccard overlap of the top-word sets for a new topic to continue an old one. Default 0.25:
   * with 10 words each, at least 4 shared (4 / 16). Unrelated topics of one corpus share 0–2
   * (≤ 2 / 18 ≈ 0.11), so they never inherit each other's names.
   */
  minOverlap?: number
}

/**
 * Which old topic each new topic continues after a refit, so that names people gave topics
 * survive: pairs are taken greedily, most overlapping first (ties: lower new index, then lower old
 * index), each old and new topic at most once, down to `minOverlap`. Overlap is the Jaccard index
 * of the top-word sets. Compare vocabulary terms (stems), which stay stable, rather than display
 * words, whose surface form can change with the corpus.
 *
 * @returns for each new topic, the index of the old topic it continues, or null for a new one
 */
export function matchTopics(oldTopTerms: readonly (readonly string[])[], newTopTerms: readonly (readonly string[])[], options: MatchTopicsOptions = {}): (number | null)[] {
  const topWords = options.topWords ?? 10
  const minOverlap = options.minOverlap ?? 0.25
  if (!(minOverlap > 0 && minOverlap <= 1)) throw new RangeError(`minOverlap must lie in (0, 1], not ${minOverlap}.`)
  const oldSets = oldTopTerms.map((terms) => new Set(terms.slice(0, topWords)))
  const newSets = newTopTerms.map((terms) => new Set(terms.slice(0, topWords)))
  const candidates: { next: number; old: number; overlap: number }[] = []
  newSets.forEach((next, n) => {
    oldSets.forEach((old, o) => {
      const overlap = jaccard(next, old)
      if (overlap >= minOverlap) candidates.push({ next: n, old: o, overlap })
    })
  })
  candidates.sort((a, b) => b.overlap - a.overlap || a.next - b.next || a.old - b.old)
  const result: (number | null)[] = newSets.map(() => null)
  const taken = new Set<number>()
  for (const { next, old } of candidates) {
    if (result[next] !== null || taken.has(old)) continue
    result[next] = old
    taken.add(old)
  }
  return result
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}
