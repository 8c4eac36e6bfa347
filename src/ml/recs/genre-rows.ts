import { diversified } from './candidate-picks'
import { MIN_GENRE_UNREAD, type Genre } from './genres'
import { facetBadge } from './reasons'
import { genresOf } from './library-genres'
import type { RecLibrary } from './rec-library'
import type { RecRow } from './recommend'
import { strongestTopic } from './strongest-topic'

/** Two rows may share at most this fraction of their items. */
const ROW_OVERLAP = 0.5
/** Genre rows about one topic, at most: the home screen should show the library's range. */
const ROWS_PER_TOPIC = 2
/** A genre row needs this many items to be worth a shelf. */
const MIN_ROW_ITEMS = 3

/** What shapes one reader's genre rows beside their relevance. */
export interface GenreRowOptions {
  /** Genre rows wanted; followed genres may exceed it. */
  count: number
  /** Items per row. */
  limit: number
  /** Slugs offered first, whenever they have MIN_GENRE_UNREAD unread candidates. */
  followed: readonly string[]
  /** Slugs never offered. */
  hidden: readonly string[]
}

const sameItems = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id))

/**
 * The reader's micro-genre rows. Followed genres come first, in the reader's order, beyond
 * `count` and the per-topic cap if need be (only a row with exactly the items of another is
 * dropped: the reader asked for them). Then the best-ranked others, by affinity (mean relevance
 * of the genre's unread articles) × cohesion (share in its main topic) × freshness × specificity,
 * at most ROWS_PER_TOPIC per topic, dropping rows that mostly repeat another, up to `count` rows.
 * Hidden genres are never offered.
 */
export function genreRows(library: RecLibrary, relevance: Float64Array, candidate: (row: number) => boolean, taken: readonly RecRow[], options: GenreRowOptions): RecRow[] {
  const hidden = new Set(options.hidden)
  // This reader's unread articles of each genre; a genre needs MIN_GENRE_UNREAD of them.
  const unread = new Map<Genre, number[]>()
  for (const genre of genresOf(library)) {
    if (hidden.has(genre.slug)) continue
    const rows = genre.articleIds.map((id) => library.row.get(id)!).filter(candidate)
    if (rows.length >= MIN_GENRE_UNREAD) unread.set(genre, rows)
  }
  const chosen: RecRow[] = []
  const perTopic = new Map<number | null, number>()
  const rowOf = (genre: Genre): RecRow => {
    const items = diversified(library, unread.get(genre)!, relevance, options.limit).map((row) => library.articles[row]!.id)
    return { title: genre.name, slug: genre.slug, kind: 'genre', reason: genreReason(library, genre), items }
  }
  const take = (genre: Genre, row: RecRow): void => {
    perTopic.set(genre.topicId, (perTopic.get(genre.topicId) ?? 0) + 1)
    chosen.push(row)
  }

  const bySlug = new Map([...unread.keys()].map((genre) => [genre.slug, genre]))
  for (const slug of new Set(options.followed)) {
    const genre = bySlug.get(slug)
    if (!genre) continue
    const row = rowOf(genre)
    if (![...taken, ...chosen].some((other) => sameItems(other.items, row.items))) take(genre, row)
  }

  const followed = new Set(chosen.map((row) => row.slug))
  const ranks = new Map([...unread.keys()].map((genre) => [genre, rank(library, genre, unread.get(genre)!, relevance)]))
  const ranked = [...ranks.keys()].filter((genre) => !followed.has(genre.slug)).sort((a, b) => ranks.get(b)! - ranks.get(a)! || a.slug.localeCompare(b.slug))
  for (const genre of ranked) {
    if (chosen.length >= options.count) break
    if (genre.topicId !== null && (perTopic.get(genre.topicId) ?? 0) >= ROWS_PER_TOPIC) continue
    const row = rowOf(genre)
    const overlaps = [...taken, ...chosen].some((other) => row.items.filter((id) => other.items.includes(id)).length > ROW_OVERLAP * row.items.length)
    if (row.items.length >= MIN_ROW_ITEMS && !overlaps) take(genre, row)
  }
  return chosen
}

/** Affinity × cohesion × freshness × specificity (facets and topic named). */
function rank(library: RecLibrary, genre: Genre, rows: readonly number[], relevance: Float64Array): number {
  const affinity = rows.reduce((sum, row) => sum + relevance[row]!, 0) / Math.max(1, rows.length) + 0.05
  const counts = new Map<number | null, number>()
  for (const row of rows) counts.set(strongestTopic(library, row), (counts.get(strongestTopic(library, row)) ?? 0) + 1)
  const main = Math.max(0, ...counts.values())
  const cohesion = rows.length ? main / rows.length : 0
  const newest = Math.max(...rows.map((row) => library.articles[row]!.publishedAt))
  const freshness = 1 / (1 + Math.max(0, library.now - newest) / (365 * 86_400_000))
  return affinity * (0.5 + cohesion) * (0.5 + freshness) * (genre.facets.length + (genre.topicId === null ? 0 : 1))
}

/** The genre's facets as badges, then its topic: "Long read · 1860s · Topic: war · union · states". */
export function genreReason(library: RecLibrary, genre: Genre): string {
  // Every article of a genre has its facets: the first one's carry their labels (sources, tags).
  const first = library.row.get(genre.articleIds[0] ?? '')
  const known = new Map((first === undefined ? [] : library.facets[first]!).map((facet) => [facet.value, facet]))
  const badges = genre.facets.map((value) => {
    const facet = known.get(value)
    return facet ? facetBadge(facet) : value.slice(value.indexOf(':') + 1)
  })
  const topic = genre.topicId === null || !library.model ? [] : [`Topic: ${library.model.topics[genre.topicId]!.label}`]
  return [...badges, ...topic].join(' · ')
}
