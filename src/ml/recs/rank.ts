export interface MmrOptions<T> {
  /** How many to pick. */
  count: number
  /** Relevance against diversity: 1 ranks by relevance alone, 0 by novelty alone (default 0.7). */
  lambda?: number
  relevance: (item: T) => number
  /** Similarity of two items, in [0, 1]. */
  similarity: (a: T, b: T) => number
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998): repeatedly takes the item with the best
 * λ·relevance − (1 − λ)·(its highest similarity to those already taken), so a row does not fill
 * with near-duplicates of its best item. Ties go to the earlier item: the result is deterministic.
 */
export function maximalMarginalRelevance<T>(items: readonly T[], options: MmrOptions<T>): T[] {
  const lambda = options.lambda ?? 0.7
  const relevance = items.map(options.relevance)
  const closest = new Float64Array(items.length) // each item's highest similarity to the chosen ones
  const taken = new Uint8Array(items.length)
  const chosen: T[] = []
  while (chosen.length < Math.min(options.count, items.length)) {
    let best = -1
    let bestScore = Number.NEGATIVE_INFINITY
    for (let i = 0; i < items.length; i++) {
      if (taken[i]) continue
      const score = lambda * relevance[i]! - (1 - lambda) * closest[i]!
      if (score <= bestScore) continue
      best = i
      bestScore = score
    }
    taken[best] = 1
    const picked = items[best]!
    chosen.push(picked)
    for (let i = 0; i < items.length; i++) if (!taken[i]) closest[i] = Math.max(closest[i]!, options.similarity(items[i]!, picked))
  }
  return chosen
}

/** Cosine similarity of two vectors (0 when either is zero). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`Vectors of ${a.length} and ${b.length} values cannot be compared.`)
  let dot = 0
  let aa = 0
  let bb = 0
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!
    aa += a[i]! * a[i]!
    bb += b[i]! * b[i]!
  }
  return aa === 0 || bb === 0 ? 0 : dot / Math.sqrt(aa * bb)
}
