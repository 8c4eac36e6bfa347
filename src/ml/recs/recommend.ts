import { diversified, sampler } from './candidate-picks'
import { topicPhrase } from './genre-grammar'
import { genreRows } from './genre-rows'
import type { ReadingSignal } from './profile'
import { isCandidate, readingStates } from './reading-state'
import { cardExplainer } from './reasons'
import type { RecLibrary } from './rec-library'
import { nearestSeed, scoreArticles, similarityTo, type Seed } from './scores'
import { strongestTopic } from './strongest-topic'
import { NO_TASTE, type Taste } from './taste'
import { trainerVerdicts } from './trainer'

export { findGenre, genresOf } from './library-genres'

/** A row of the home screen. */
export interface RecRow {
  title: string
  slug: string
  /** Why the row is there, in a reader's words. */
  reason: string
  /** What made the row; the CLI leaves it out (its contract is title, slug, reason, items). */
  kind: 'continue' | 'for-you' | 'because' | 'genre' | 'explore'
  items: string[]
}

export interface Recommendations {
  forYou: string[]
  rows: RecRow[]
  /** Which path made the rows: no model yet, a reader with no signal, or a profile. */
  stage: 'facets-only' | 'cold-start' | 'profile'
  /** Why each suggested article is there, by id: "Because you liked “…”", "Topic: whale · ship · sea", "Long read · 1850s". */
  reasons: Record<string, string>
}

export interface RecommendOptions {
  limit?: number
  halfLifeDays?: number
  /** Micro-genre rows shown, at most (the home screen wants 4–8). */
  genreRows?: number
  /** Trainer thumbs, onboarding picks, followed and hidden genres. */
  taste?: Taste
}

/** The card reason of an article in Continue reading: the reader's own shelf, not a suggestion. */
const STARTED_REASON = 'You started reading this'

/**
 * One reader's home screen: Continue reading; For you (trainer thumbs up first, then topic,
 * lexical and facet relevance mixed and diversified by MMR; a one-per-topic sampler before any
 * signal or pick); Because you read "…"; micro-genre rows (followed first, hidden never) and
 * Explore (a topic the reader has not tried). Articles the trainer hides are never shown, in
 * Continue reading either.
 * Every card has a reason (see cardExplainer).
 */
export function recommend(library: RecLibrary, signals: readonly ReadingSignal[], options: RecommendOptions = {}): Recommendations {
  const limit = options.limit ?? 10
  const taste = options.taste ?? NO_TASTE
  const states = readingStates(signals)
  const scores = scoreArticles(library, signals, options.halfLifeDays, taste)
  const verdicts = trainerVerdicts(library, taste.thumbs)
  const candidate = (row: number): boolean => verdicts.verdict[row] !== -1 && isCandidate(states.get(library.articles[row]!.id))
  const candidates = library.articles.map((_, row) => row).filter(candidate)
  const rows: RecRow[] = []
  const idsOf = (list: readonly number[]): string[] => list.map((row) => library.articles[row]!.id)

  const continuing = [...states].filter(([, state]) => state.opened && !state.finished && !state.hidden && !state.disliked).sort((a, b) => b[1].lastAt - a[1].lastAt)
  // A thumbs down always hides, started articles included: the person said so outright.
  const continueIds = continuing.map(([id]) => id).filter((id) => library.row.has(id) && verdicts.verdict[library.row.get(id)!] !== -1).slice(0, limit)
  if (continueIds.length) rows.push({ title: 'Continue reading', slug: 'continue-reading', kind: 'continue', reason: 'You started these', items: continueIds })
  const continued = new Set(continueIds.map((id) => library.row.get(id)!))
  const fresh = candidates.filter((row) => !continued.has(row))

  // An onboarding pick makes a profile even before it matches anything: the sampler is for readers who said nothing.
  const personal = scores.combined.some((value) => value > 0) || taste.interests.length > 0
  const surfaced = fresh.filter((row) => verdicts.verdict[row] === 1).sort((a, b) => scores.combined[b]! - scores.combined[a]! || a - b).slice(0, limit)
  const rest = fresh.filter((row) => verdicts.verdict[row] !== 1)
  const room = limit - surfaced.length
  const forYou = [...surfaced, ...(room <= 0 ? [] : personal ? diversified(library, rest, scores.combined, room) : sampler(library, rest, room))]
  rows.push({ title: 'For you', slug: 'for-you', kind: 'for-you', reason: forYouReason(library, scores.seeds, forYou[0], personal, taste), items: idsOf(forYou) })

  const latest = [...states].filter(([id, state]) => (state.finished || state.liked) && library.row.has(id)).sort((a, b) => b[1].lastAt - a[1].lastAt)[0]
  if (latest && library.matrix) {
    const read = library.row.get(latest[0])!
    const similarity = similarityTo(library.matrix, read)
    const near = fresh.filter((row) => similarity[row]! > 0).sort((a, b) => similarity[b]! - similarity[a]!)
    if (near.length) rows.push({ title: `Because you read “${library.articles[read]!.title}”`, slug: `because-${latest[0]}`, kind: 'because', reason: 'Closest in words to what you just read', items: idsOf(near.slice(0, limit)) })
  }

  rows.push(...genreRows(library, scores.combined, candidate, rows, { count: options.genreRows ?? 6, limit, followed: taste.followedGenres, hidden: taste.hiddenGenres }))

  const model = library.model
  if (model && scores.profile) {
    // The least-read topic that still has unread articles (the trainer may have hidden a whole topic).
    const unreadByTopic = new Int32Array(model.k)
    for (const row of candidates) {
      const topic = strongestTopic(library, row)
      if (topic !== null) unreadByTopic[topic]!++
    }
    const untried = model.topics.filter((topic) => topic.size >= 3 && unreadByTopic[topic.id]! > 0).sort((a, b) => scores.profile![a.id]! - scores.profile![b.id]!)[0]
    if (untried) {
      const t = untried.id
      const items = candidates.filter((row) => strongestTopic(library, row) === t).sort((a, b) => model.weights[b * model.k + t]! - model.weights[a * model.k + t]!)
      rows.push({ title: `Explore: ${topicPhrase(untried.label)}`, slug: `explore-topic-${t}`, kind: 'explore', reason: `Topic: ${untried.label}`, items: idsOf(items.slice(0, limit)) })
    }
  }

  const explain = cardExplainer(library, { seeds: scores.seeds, taste, verdicts })
  const reasons: Record<string, string> = {}
  for (const id of continueIds) reasons[id] = STARTED_REASON
  for (const row of rows) for (const id of row.items) reasons[id] ??= explain(library.row.get(id)!)
  const stage = !model ? 'facets-only' : personal ? 'profile' : 'cold-start'
  return { forYou: idsOf(forYou), rows, stage, reasons }
}

/** For you's row reason: the seed nearest its first card, else what the rows come from. */
function forYouReason(library: RecLibrary, seeds: readonly Seed[], first: number | undefined, personal: boolean, taste: Taste): string {
  if (first === undefined) return ''
  if (!personal) return 'A little of every topic in your library'
  const positive = seeds.filter((seed) => seed.weight > 0)
  const seed = nearestSeed(library.matrix, positive, first)
  if (seed >= 0) return `Because you ${positive.some((s) => s.row === seed && s.liked) ? 'liked' : 'read'} “${library.articles[seed]!.title}”`
  if (positive.length) return 'From what you read'
  return taste.interests.length ? 'From what you picked' : 'From your thumbs up'
}
