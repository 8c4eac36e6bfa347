import { topicPhrase } from './genre-grammar'
import { generateGenres, MIN_GENRE_UNREAD, type Genre } from './genres'
import type { ReadingSignal } from './profile'
import { cosine, maximalMarginalRelevance } from './rank'
import { isCandidate, readingStates } from './reading-state'
import type { RecLibrary } from './rec-library'
import { nearestSeed, scoreArticles, similarityTo, type ReaderScores } from './scores'

/** A row of the home screen. */
export interface RecRow {
  title: string
  slug: string
  /** Why the row is there, in a reader's words. */
  reason: string
  items: string[]
}

export interface Recommendations {
  forYou: string[]
  rows: RecRow[]
}

export interface RecommendOptions {
  limit?: number
  halfLifeDays?: number
  /** Micro-genre rows shown, at most (the home screen wants 4–8). */
  genreRows?: number
}

/** Two rows may share at most this fraction of their items. */
const ROW_OVERLAP = 0.5
/** Genre rows about one topic, at most: the home screen should show the library's range. */
const ROWS_PER_TOPIC = 2
/** A facet value nearly every article has (one feed, one decade) tells genres nothing. */
const UBIQUITOUS = 0.9

function topicVector(library: RecLibrary, row: number): Float64Array {
  const model = library.model
  return model ? model.weights.subarray(row * model.k, (row + 1) * model.k) : new Float64Array(1)
}

/** Each article's strongest topic (−1: none), computed once per library. */
const strongestTopics = new WeakMap<RecLibrary, Int32Array>()

/** Strongest topic of an article, or null. */
function topicOf(library: RecLibrary, row: number): number | null {
  let topics = strongestTopics.get(library)
  if (!topics) {
    topics = new Int32Array(library.articles.length).fill(-1)
    const model = library.model
    if (model) {
      for (let r = 0; r < topics.length; r++) {
        let best = -1
        for (let t = 0; t < model.k; t++) if (model.weights[r * model.k + t]! > 0 && (best < 0 || model.weights[r * model.k + t]! > model.weights[r * model.k + best]!)) best = t
        topics[r] = best
      }
    }
    strongestTopics.set(library, topics)
  }
  return topics[row]! < 0 ? null : topics[row]!
}

/** MMR looks at this many of the most relevant candidates: the rest would never be picked. */
const MMR_POOL = 200

/** Picks `limit` candidates by relevance, diversified by topic (MMR). */
function diversified(library: RecLibrary, rows: number[], relevance: Float64Array, limit: number): number[] {
  const pool = rows.length > MMR_POOL ? [...rows].sort((a, b) => relevance[b]! - relevance[a]! || a - b).slice(0, MMR_POOL) : rows
  return maximalMarginalRelevance(pool, { count: limit, relevance: (row) => relevance[row]!, similarity: (a, b) => (library.model ? cosine(topicVector(library, a), topicVector(library, b)) : 0) })
}

/** Before any signal: one strong article per topic, largest topics first (a diverse sampler), else the newest. */
function sampler(library: RecLibrary, candidates: number[], limit: number): number[] {
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

/** The library's genres, generated once: which articles share facets does not depend on the reader. */
const libraryGenres = new WeakMap<RecLibrary, Genre[]>()

function genresOf(library: RecLibrary): Genre[] {
  let genres = libraryGenres.get(library)
  if (genres) return genres
  const model = library.model
  const support = new Map<string, number>()
  for (const facets of library.facets) for (const facet of facets) support.set(facet.value, (support.get(facet.value) ?? 0) + 1)
  const telling = (value: string): boolean => (support.get(value) ?? 0) <= UBIQUITOUS * library.articles.length
  genres = generateGenres(
    library.articles.map((article, row) => {
      const topic = topicOf(library, row)
      return { id: article.id, facets: library.facets[row]!.filter((facet) => telling(facet.value)), topic: topic === null || !model ? null : { id: topic, label: model.topics[topic]!.label }, unread: true }
    }),
  )
  libraryGenres.set(library, genres)
  return genres
}

function genreRows(library: RecLibrary, scores: ReaderScores, candidate: (row: number) => boolean, taken: RecRow[], count: number, limit: number): RecRow[] {
  const model = library.model
  // This reader's unread articles of each genre; a genre needs MIN_GENRE_UNREAD of them.
  const unread = new Map(genresOf(library).map((genre) => [genre, genre.articleIds.map((id) => library.row.get(id)!).filter(candidate)]))
  const genres = [...unread].filter(([, rows]) => rows.length >= MIN_GENRE_UNREAD).map(([genre]) => genre)
  // Affinity (mean relevance of the genre's unread articles) × cohesion (share in its main topic) × freshness.
  const rank = (genre: Genre): number => {
    const rows = unread.get(genre)!
    const affinity = rows.reduce((sum, row) => sum + scores.combined[row]!, 0) / Math.max(1, rows.length) + 0.05
    const counts = new Map<number | null, number>()
    for (const row of rows) counts.set(topicOf(library, row), (counts.get(topicOf(library, row)) ?? 0) + 1)
    const main = Math.max(0, ...counts.values())
    const cohesion = rows.length ? main / rows.length : 0
    const newest = Math.max(...rows.map((row) => library.articles[row]!.publishedAt))
    const freshness = 1 / (1 + Math.max(0, library.now - newest) / (365 * 86_400_000))
    return affinity * (0.5 + cohesion) * (0.5 + freshness) * (genre.facets.length + (genre.topicId === null ? 0 : 1))
  }
  const chosen: RecRow[] = []
  const perTopic = new Map<number | null, number>()
  const ranks = new Map(genres.map((genre) => [genre, rank(genre)]))
  for (const genre of [...genres].sort((a, b) => ranks.get(b)! - ranks.get(a)! || a.slug.localeCompare(b.slug))) {
    if (chosen.length >= count) break
    if (genre.topicId !== null && (perTopic.get(genre.topicId) ?? 0) >= ROWS_PER_TOPIC) continue
    const rows = unread.get(genre)!
    const items = diversified(library, rows, scores.combined, limit).map((row) => library.articles[row]!.id)
    const overlaps = [...taken, ...chosen].some((row) => items.filter((id) => row.items.includes(id)).length > ROW_OVERLAP * items.length)
    if (items.length < 3 || overlaps) continue
    perTopic.set(genre.topicId, (perTopic.get(genre.topicId) ?? 0) + 1)
    chosen.push({ title: genre.name, slug: genre.slug, reason: genre.facets.map((value) => value.split(':').slice(1).join(':')).concat(genre.topicId === null || !model ? [] : [`topic: ${model.topics[genre.topicId]!.label}`]).join(' · '), items })
  }
  return chosen
}

/**
 * One reader's home screen: Continue reading, For you (topic, lexical and facet relevance mixed,
 * then diversified by MMR; a one-per-topic sampler before any signal), Because you read "…",
 * micro-genre rows (affinity × cohesion × freshness, overlapping rows dropped) and Explore (a
 * topic the reader has not tried).
 */
export function recommend(library: RecLibrary, signals: readonly ReadingSignal[], options: RecommendOptions = {}): Recommendations {
  const limit = options.limit ?? 10
  const states = readingStates(signals)
  const scores = scoreArticles(library, signals, options.halfLifeDays)
  const candidate = (row: number): boolean => isCandidate(states.get(library.articles[row]!.id))
  const candidates = library.articles.map((_, row) => row).filter(candidate)
  const rows: RecRow[] = []
  const idsOf = (list: number[]): string[] => list.map((row) => library.articles[row]!.id)

  const continuing = [...states].filter(([, state]) => state.opened && !state.finished && !state.hidden && !state.disliked).sort((a, b) => b[1].lastAt - a[1].lastAt)
  const continueIds = continuing.map(([id]) => id).filter((id) => library.row.has(id)).slice(0, limit)
  if (continueIds.length) rows.push({ title: 'Continue reading', slug: 'continue-reading', reason: 'You started these', items: continueIds })

  const hasSignal = scores.combined.some((value) => value > 0)
  const forYou = hasSignal ? diversified(library, candidates.filter((row) => !continueIds.includes(library.articles[row]!.id)), scores.combined, limit) : sampler(library, candidates, limit)
  const first = forYou[0]
  const seed = first === undefined ? -1 : nearestSeed(library.matrix, scores.seeds, first)
  const reason = first === undefined ? '' : seed >= 0 ? `Because you liked “${library.articles[seed]!.title}”` : hasSignal ? 'From what you read' : 'A little of every topic in your library'
  rows.push({ title: 'For you', slug: 'for-you', reason, items: idsOf(forYou) })

  const latest = [...states].filter(([id, state]) => (state.finished || state.liked) && library.row.has(id)).sort((a, b) => b[1].lastAt - a[1].lastAt)[0]
  if (latest && library.matrix) {
    const read = library.row.get(latest[0])!
    const similarity = similarityTo(library.matrix, read)
    const near = candidates.filter((row) => similarity[row]! > 0 && !continueIds.includes(library.articles[row]!.id)).sort((a, b) => similarity[b]! - similarity[a]!)
    if (near.length) rows.push({ title: `Because you read “${library.articles[read]!.title}”`, slug: `because-${latest[0]}`, reason: 'Closest in words to what you just read', items: idsOf(near.slice(0, limit)) })
  }

  rows.push(...genreRows(library, scores, candidate, rows, options.genreRows ?? 6, limit))

  const model = library.model
  if (model && scores.profile) {
    const untried = model.topics.map((topic, t) => ({ topic, weight: scores.profile![t]! })).filter(({ topic }) => topic.size >= 3).sort((a, b) => a.weight - b.weight)[0]
    if (untried) {
      const t = untried.topic.id
      const items = candidates.filter((row) => topicOf(library, row) === t).sort((a, b) => model.weights[b * model.k + t]! - model.weights[a * model.k + t]!)
      if (items.length) rows.push({ title: `Explore: ${topicPhrase(untried.topic.label)}`, slug: `explore-topic-${t}`, reason: `Topic: ${untried.topic.label}`, items: idsOf(items.slice(0, limit)) })
    }
  }
  return { forYou: idsOf(forYou), rows }
}
