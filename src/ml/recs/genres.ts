import type { FacetValue } from './facets'
import { genreName, genreParts, genreSlug } from './genre-grammar'

/** A facet value counts for an article from this relevance: length neighbours (0.5) and centuries (0.7) count, weak format evidence does not. */
export const MIN_FACET_RELEVANCE = 0.5
/** A genre needs this many articles: fewer is a coincidence, not a shelf. */
export const MIN_GENRE_SUPPORT = 5
/** …and this many unread ones: a shelf of read articles offers nothing. */
export const MIN_GENRE_UNREAD = 3
/** Facets per genre: a fifth makes names too long to read at a glance. */
export const MAX_GENRE_FACETS = 4
/** Genres returned at most. */
export const MAX_GENRES = 2_000
/** Frequent sets kept per size while enumerating, the best-supported, so a large library stays bounded. */
export const MAX_CANDIDATES_PER_SIZE = 20_000

/** An article as the generator sees it. */
export interface GenreArticle {
  id: string
  facets: FacetValue[]
  /** The article's strongest topic, which counts as a facet of its own kind; `key` (stable across refits) names it in slugs. */
  topic: { id: number; label: string; key?: number } | null
  unread: boolean
}

/** A micro-genre: a conjunction of facet values (and maybe a topic) that enough articles share. */
export interface Genre {
  /** From genreSlug, unique within one generateGenres result. */
  slug: string
  /** From genreName: "Somber long reads about war and union from the 1860s". */
  name: string
  /** Facet values, sorted; the topic is in topicId, not here. */
  facets: string[]
  topicId: number | null
  /** In input order. */
  articleIds: string[]
  unreadCount: number
}

export interface GenreOptions {
  minRelevance?: number
  minSupport?: number
  minUnread?: number
  maxFacets?: number
  maxGenres?: number
}

/** A facet value (or topic) with the rows (article indices, ascending) it counts for. */
/** `slugValue`: what the slug says for it (a topic's stable key where known, else its value). */
interface Item { value: string; slugValue: string; kind: string; label: string; rows: number[] }
/** A frequent conjunction: item indices ascending, and the rows they share. */
interface ItemSet { items: number[]; rows: number[] }

/**
 * The micro-genres of a library. Conjunctions of 1 to maxFacets values of different kinds (the
 * topic is a kind; 'source:' and 'author:' share the kind 'source') are enumerated Apriori-style,
 * extending only sets with enough articles and unread articles (both only shrink when a set
 * grows). When sets share the same articles, only the one with the most facets is kept, its name
 * saying more (ties: higher summed relevance, then facet values in order). Genres are ranked most
 * specific first, then by articles, then by facet values, and the first maxGenres returned.
 */
export function generateGenres(articles: readonly GenreArticle[], options: GenreOptions = {}): Genre[] {
  const minRelevance = options.minRelevance ?? MIN_FACET_RELEVANCE
  const minSupport = options.minSupport ?? MIN_GENRE_SUPPORT
  const minUnread = options.minUnread ?? MIN_GENRE_UNREAD
  const { items, relevance } = collectItems(articles, minRelevance)
  const isFrequent = (rows: number[]): boolean => rows.length >= minSupport && rows.filter((row) => articles[row]!.unread).length >= minUnread

  let level: ItemSet[] = items.flatMap((item, i) => (isFrequent(item.rows) ? [{ items: [i], rows: item.rows }] : []))
  const found = [...level]
  for (let size = 2; size <= (options.maxFacets ?? MAX_GENRE_FACETS) && level.length > 0; size++) {
    const next: ItemSet[] = []
    for (const set of level) {
      const kinds = new Set(set.items.map((i) => items[i]!.kind))
      for (let j = set.items[set.items.length - 1]! + 1; j < items.length; j++) {
        if (kinds.has(items[j]!.kind)) continue
        const rows = intersect(set.rows, items[j]!.rows)
        if (isFrequent(rows)) next.push({ items: [...set.items, j], rows })
      }
    }
    level = next.length > MAX_CANDIDATES_PER_SIZE ? next.sort((a, b) => b.rows.length - a.rows.length).slice(0, MAX_CANDIDATES_PER_SIZE) : next
    found.push(...level)
  }

  const weight = (set: ItemSet): number => set.items.reduce((sum, i) => sum + set.rows.reduce((s, row) => s + (relevance[row]!.get(items[i]!.value) ?? 0), 0), 0)
  const byArticles = new Map<string, ItemSet>()
  for (const set of found) {
    const key = set.rows.join(',')
    const kept = byArticles.get(key)
    if (!kept || set.items.length > kept.items.length || (set.items.length === kept.items.length && weight(set) > weight(kept))) byArticles.set(key, set)
  }
  const ranked = [...byArticles.values()].sort((a, b) => b.items.length - a.items.length || b.rows.length - a.rows.length || compareItems(a.items, b.items))

  const slugs = new Set<string>()
  return ranked.slice(0, options.maxGenres ?? MAX_GENRES).map((set) => {
    const parts = set.items.map((i) => items[i]!)
    const topic = parts.find((item) => item.kind === 'topic')
    const facets = parts.filter((item) => item !== topic)
    const base = genreSlug(parts.map((item) => item.slugValue))
    let slug = base
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}` // only after a 32-bit hash collision
    slugs.add(slug)
    return {
      slug,
      name: genreName(genreParts(facets, topic?.label ?? null)),
      facets: facets.map((item) => item.value).sort(),
      topicId: topic ? Number(topic.value.slice('topic:'.length)) : null,
      articleIds: set.rows.map((row) => articles[row]!.id),
      unreadCount: set.rows.filter((row) => articles[row]!.unread).length,
    }
  })
}

/** The items sorted by value (so a set's items ascending are its values sorted), and each article's relevance by value. */
function collectItems(articles: readonly GenreArticle[], minRelevance: number): { items: Item[]; relevance: Map<string, number>[] } {
  const byValue = new Map<string, Item>()
  const relevance = articles.map((article, row) => {
    const values = new Map<string, number>()
    const { topic } = article
    const topicFacet = topic && { kind: 'topic', value: `topic:${topic.id}`, slugValue: topic.key === undefined ? `topic:${topic.id}` : `topic-key:${topic.key}`, label: topic.label, relevance: 1 }
    const facets = topicFacet ? [...article.facets, topicFacet] : article.facets
    for (const facet of facets) {
      if (!(facet.relevance >= minRelevance) || values.has(facet.value)) continue
      values.set(facet.value, facet.relevance)
      const slugValue = 'slugValue' in facet ? facet.slugValue : facet.value
      const item = byValue.get(facet.value) ?? { value: facet.value, slugValue, kind: facet.kind, label: facet.label, rows: [] }
      item.rows.push(row)
      byValue.set(facet.value, item)
    }
    return values
  })
  const items = [...byValue.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
  return { items, relevance }
}

/** The common elements of two ascending arrays. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else { out.push(a[i]!); i++; j++ }
  }
  return out
}

/** Lexicographic order of two ascending item-index lists (items are sorted by value, so this orders by facet values). */
function compareItems(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}
