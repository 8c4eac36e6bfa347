import { rowsDot, type CsrMatrix } from '../sparse/csr'
import { MIN_FACET_RELEVANCE } from './genres'
import { decay, EVENT_WEIGHTS, topicProfile, type ReadingSignal } from './profile'
import type { RecLibrary } from './rec-library'
import { NO_TASTE, type Taste } from './taste'
import { tasteWeights } from './taste-weights'

/** How the three signals mix: topics carry taste across words, words catch the specific, facets the form. */
export const SIGNAL_MIX = { topic: 0.4, lexical: 0.4, facet: 0.2 } as const

/** Every article's relevance to one reader, and each part, all in [0, 1] (0 without evidence). */
export interface ReaderScores {
  combined: Float64Array
  topic: Float64Array
  lexical: Float64Array
  facet: Float64Array
  /** The topic profile (null before any weighted signal or stated topic, or without a model). */
  profile: Float64Array | null
  /** The reader's weighted articles (rows), for explanations. */
  seeds: Seed[]
}

/** An article the reader's events are about. */
export interface Seed {
  row: number
  /** The summed, decayed weight of its events (negative for a dislike). */
  weight: number
  /** A like among its events: explanations say "Because you liked", not "Because you read". */
  liked: boolean
}

/** Weighted, decayed seeds: the articles the reader's events are about, one entry per article. */
export function readerSeeds(library: RecLibrary, signals: readonly ReadingSignal[], halfLifeDays = 14): Seed[] {
  const seeds = new Map<number, Seed>()
  for (const { articleId, event, at } of signals) {
    const row = library.row.get(articleId)
    const weight = EVENT_WEIGHTS[event] * decay(at, library.now, halfLifeDays)
    if (row === undefined || weight === 0) continue
    const seed = seeds.get(row) ?? { row, weight: 0, liked: false }
    seed.weight += weight
    seed.liked ||= event === 'like'
    seeds.set(row, seed)
  }
  return [...seeds.values()]
}

function rowDot(matrix: CsrMatrix, row: number, dense: Float64Array): number {
  let sum = 0
  for (let e = matrix.indptr[row]!; e < matrix.indptr[row + 1]!; e++) sum += matrix.data[e]! * dense[matrix.indices[e]!]!
  return sum
}

/** Rocchio: cosine of each article's TF-IDF row with the weighted centroid of the seeds' rows. */
function lexicalScores(matrix: CsrMatrix, seeds: readonly Seed[]): Float64Array {
  const centroid = new Float64Array(matrix.cols)
  for (const { row, weight } of seeds) {
    for (let e = matrix.indptr[row]!; e < matrix.indptr[row + 1]!; e++) centroid[matrix.indices[e]!]! += weight * matrix.data[e]!
  }
  const norm = Math.sqrt(centroid.reduce((sum, value) => sum + value * value, 0))
  const scores = new Float64Array(matrix.rows)
  if (norm > 0) for (let row = 0; row < matrix.rows; row++) scores[row] = Math.max(0, rowDot(matrix, row, centroid) / norm)
  return scores
}

/** Cosine of every article's TF-IDF row with one article's (rows are L2-normalized). */
export function similarityTo(matrix: CsrMatrix, seed: number): Float64Array {
  const dense = new Float64Array(matrix.cols)
  for (let e = matrix.indptr[seed]!; e < matrix.indptr[seed + 1]!; e++) dense[matrix.indices[e]!] = matrix.data[e]!
  const scores = new Float64Array(matrix.rows)
  for (let row = 0; row < matrix.rows; row++) scores[row] = rowDot(matrix, row, dense)
  return scores
}

/** The positively weighted seed whose TF-IDF row is closest to `row`'s, or −1: the "Because you liked …" of a card. */
export function nearestSeed(matrix: CsrMatrix | null, seeds: readonly Seed[], row: number): number {
  if (!matrix) return -1
  let best = -1
  let bestSimilarity = 0
  for (const { row: seed, weight } of seeds) {
    if (weight <= 0 || seed === row) continue
    const similarity = rowsDot(matrix, row, seed)
    if (similarity <= bestSimilarity) continue
    best = seed
    bestSimilarity = similarity
  }
  return best
}

/**
 * Each facet value's affinity: the signed, decayed weight of the seeds that have it, plus the
 * reader's stated weight for it (picks, thumbs), over the total absolute weight.
 */
function facetScores(library: RecLibrary, seeds: readonly Seed[], stated: ReadonlyMap<string, number>): Float64Array {
  const affinity = new Map(stated)
  let total = 0
  for (const weight of stated.values()) total += Math.abs(weight)
  for (const { row, weight } of seeds) {
    total += Math.abs(weight)
    for (const facet of library.facets[row]!) {
      if (facet.relevance >= MIN_FACET_RELEVANCE) affinity.set(facet.value, (affinity.get(facet.value) ?? 0) + weight * facet.relevance)
    }
  }
  const scores = new Float64Array(library.articles.length)
  if (total === 0) return scores
  library.facets.forEach((facets, row) => {
    let sum = 0
    let count = 0
    for (const facet of facets) {
      if (facet.relevance < MIN_FACET_RELEVANCE) continue
      sum += (facet.relevance * (affinity.get(facet.value) ?? 0)) / total
      count++
    }
    scores[row] = count ? Math.max(0, sum / count) : 0
  })
  return scores
}

function topicScores(library: RecLibrary, profile: Float64Array | null): Float64Array {
  const scores = new Float64Array(library.articles.length)
  const model = library.model
  if (!model || !profile) return scores
  const profileNorm = Math.hypot(...profile)
  if (profileNorm === 0) return scores
  for (let row = 0; row < library.articles.length; row++) {
    let dot = 0
    let norm = 0
    for (let t = 0; t < model.k; t++) {
      const weight = model.weights[row * model.k + t]! // the model was fitted on the library's articles, in order
      dot += weight * profile[t]!
      norm += weight * weight
    }
    scores[row] = norm > 0 ? Math.max(0, dot / (Math.sqrt(norm) * profileNorm)) : 0
  }
  return scores
}

/** Scales to [0, 1] by the largest value, so the three signals mix on one scale. */
function scaled(values: Float64Array): Float64Array {
  const top = Math.max(0, ...values)
  return top > 0 ? values.map((value) => value / top) : values
}

/** One reader's scores for every article of the library, from their events and what they stated (interests, thumbs). */
export function scoreArticles(library: RecLibrary, signals: readonly ReadingSignal[], halfLifeDays = 14, taste: Taste = NO_TASTE): ReaderScores {
  const seeds = readerSeeds(library, signals, halfLifeDays)
  const stated = tasteWeights(library, taste)
  const model = library.model
  const weightsOf = (id: string): Float64Array | null => {
    const row = library.row.get(id)
    return row === undefined || !model ? null : model.weights.subarray(row * model.k, (row + 1) * model.k)
  }
  const profile = model ? topicProfile(signals, weightsOf, model.k, { now: library.now, halfLifeDays, statedTopics: stated.topics }) : null
  const topic = scaled(topicScores(library, profile))
  const lexical = scaled(library.matrix ? lexicalScores(library.matrix, seeds) : new Float64Array(library.articles.length))
  const facet = scaled(facetScores(library, seeds, stated.facets))
  const combined = topic.map((value, row) => SIGNAL_MIX.topic * value + SIGNAL_MIX.lexical * lexical[row]! + SIGNAL_MIX.facet * facet[row]!)
  return { combined, topic, lexical, facet, profile, seeds }
}
