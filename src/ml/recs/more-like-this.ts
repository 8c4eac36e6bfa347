import type { FacetValue } from './facets'
import { MIN_FACET_RELEVANCE } from './genres'
import type { ReadingSignal } from './profile'
import { cosine } from './rank'
import { readingStates } from './reading-state'
import type { RecLibrary } from './rec-library'
import { topicVector } from './strongest-topic'
import { NO_TASTE, type Taste } from './taste'
import { trainerVerdicts } from './trainer'

/** Topic space decides what an article is about; shared facets (length, era, source, form) only order the near ones. */
export const MORE_LIKE_THIS_MIX = { topic: 0.8, facet: 0.2 } as const

/** Options of moreLikeThis: how many, and what the reader did and said. */
export interface MoreLikeThisOptions {
  /** Articles returned, at most (default 10). */
  limit?: number
  /** The reader's events: finished, hidden and disliked articles are left out. */
  signals?: readonly ReadingSignal[]
  /** Trainer thumbs down hide as everywhere. */
  taste?: Taste
}

/**
 * The articles nearest `id`, best first: the cosine of their topic proportions mixed with their
 * weighted facet overlap (MORE_LIKE_THIS_MIX; facets alone without a model). Leaves out the
 * article itself, what the signals mark finished, hidden or disliked, what the trainer hides,
 * and articles with nothing in common. Ties go to the smaller id, so the list is deterministic.
 * An id not in the library gives none.
 */
export function moreLikeThis(library: RecLibrary, id: string, options: MoreLikeThisOptions = {}): string[] {
  const seed = library.row.get(id)
  if (seed === undefined) return []
  const states = readingStates(options.signals ?? [])
  const verdict = trainerVerdicts(library, (options.taste ?? NO_TASTE).thumbs).verdict
  const excluded = (row: number): boolean => {
    const state = states.get(library.articles[row]!.id)
    return row === seed || verdict[row] === -1 || (state !== undefined && (state.finished || state.hidden || state.disliked))
  }
  const model = library.model
  const seedTopics = topicVector(library, seed)
  const seedFacets = facetWeights(library.facets[seed]!)
  const scored: { row: number; score: number }[] = []
  for (let row = 0; row < library.articles.length; row++) {
    if (excluded(row)) continue
    const facet = facetOverlap(seedFacets, library.facets[row]!)
    const score = model ? MORE_LIKE_THIS_MIX.topic * cosine(seedTopics, topicVector(library, row)) + MORE_LIKE_THIS_MIX.facet * facet : facet
    if (score > 0) scored.push({ row, score })
  }
  const idOf = (row: number): string => library.articles[row]!.id
  return scored
    .sort((a, b) => b.score - a.score || (idOf(a.row) < idOf(b.row) ? -1 : idOf(a.row) > idOf(b.row) ? 1 : 0))
    .slice(0, options.limit ?? 10)
    .map(({ row }) => idOf(row))
}

/** An article's facet values that count (relevance ≥ MIN_FACET_RELEVANCE), with their relevance. */
function facetWeights(facets: readonly FacetValue[]): Map<string, number> {
  const weights = new Map<string, number>()
  for (const facet of facets) if (facet.relevance >= MIN_FACET_RELEVANCE) weights.set(facet.value, Math.max(facet.relevance, weights.get(facet.value) ?? 0))
  return weights
}

/** Weighted Jaccard of two articles' facet values: Σ min(relevance) over Σ max(relevance), in [0, 1]. */
function facetOverlap(seed: ReadonlyMap<string, number>, facets: readonly FacetValue[]): number {
  const other = facetWeights(facets)
  let shared = 0
  let union = 0
  for (const [value, relevance] of seed) {
    const theirs = other.get(value) ?? 0
    shared += Math.min(relevance, theirs)
    union += Math.max(relevance, theirs)
  }
  for (const [value, relevance] of other) if (!seed.has(value)) union += relevance
  return union > 0 ? shared / union : 0
}
