import { cosine, maximalMarginalRelevance } from './rank'
import type { RecLibrary } from './rec-library'
import { topicVector } from './strongest-topic'

/** MMR looks at this many of the most relevant candidates: the rest would never be picked. */
const MMR_POOL = 200

/** Picks `limit` candidates (rows) by relevance, diversified by topic (MMR). */
export function diversified(library: RecLibrary, rows: readonly number[], relevance: Float64Array, limit: number): number[] {
  const pool = rows.length > MMR_POOL ? [...rows].sort((a, b) => relevance[b]! - relevance[a]! || a - b).slice(0, MMR_POOL) : rows
  return maximalMarginalRelevance(pool, { count: limit, relevance: (row) => relevance[row]!, similarity: (a, b) => (library.model ? cosine(topicVector(library, a), topicVector(library, b)) : 0) })
}

/** Before any signal: one strong article per topic, largest topics first (a diverse sampler), else the newest. */
export function sampler(library: RecLibrary, candidates: readonly number[], limit: number): number[] {
  const model = library.model
  if (!model) return [...candidates].sort((a, b) => library.articles[b]!.publishedAt - library.articles[a]!.publishedAt).slice(0, limit)
  const picks: number[] = []
  for (let t = 0; t < model.k && picks.length < limit; t++) {
    let best = -1
    for (const row of candidates) if (!picks.includes(row) && (best < 0 || model.weights[row * model.k + t]! > model.weights[best * model.k + t]!)) best = row
    if (best >= 0) picks.push(best)
  }
  return picks
}
