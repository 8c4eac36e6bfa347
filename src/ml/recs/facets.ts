import { detectFormats, type Format } from './format'
import { levelOf } from './level'
import { toneOf } from './tone'

/** What facets are computed from: an article's text and metadata. */
export interface FacetInput {
  id: string
  title: string
  text: string
  wordCount: number
  readingMinutes: number
  /** Milliseconds since the epoch; 0 or not finite when unknown. */
  publishedAt: number
  sourceId: string
  sourceTitle: string
  author: string | null
  tags: string[]
}

export type FacetKind = 'length' | 'era' | 'source' | 'format' | 'tone' | 'level' | 'tag'

/** One facet value of an article, the building block of micro-genre names ("somber long reads from the 1860s"). */
export interface FacetValue {
  kind: FacetKind
  /** Stable id: 'length:long', 'era:1860s', 'source:<sourceId>', 'author:<name>', 'tag:<tag>', … */
  value: string
  /** Words for a name grammar: 'long reads', 'from the 1860s', 'speeches', 'somber'. */
  label: string
  /** How strongly the article has this value, in [0, 1]. */
  relevance: number
}

/** Length buckets by reading minutes, each [from, to): 5 minutes is short, 25 is epic. */
export const LENGTH_BUCKETS = [
  { id: 'quick', label: 'quick reads', from: 0, to: 5 },
  { id: 'short', label: 'short reads', from: 5, to: 12 },
  { id: 'long', label: 'long reads', from: 12, to: 25 },
  { id: 'epic', label: 'epic reads', from: 25, to: Infinity },
] as const
/** Within this fraction of a boundary, the neighbouring bucket applies too, at NEIGHBOUR_RELEVANCE. */
export const LENGTH_BOUNDARY_MARGIN = 0.1
export const NEIGHBOUR_RELEVANCE = 0.5

/** Articles at most this old (or this far in the future: clocks and feeds disagree) are "this week". */
export const THIS_WEEK_MS = 7 * 24 * 60 * 60 * 1000
/** Relevance of the century beside the decade: broader, so a weaker fit. */
export const CENTURY_RELEVANCE = 0.7
/** Relevance of the author beside the source. */
export const AUTHOR_RELEVANCE = 0.8

const FORMAT_LABELS: Record<Format, string> = {
  'how-to': 'how-tos',
  list: 'lists',
  qa: 'Q&As',
  essay: 'essays',
  speech: 'speeches',
  news: 'news',
}

/** A Folio structured tag, "key:value" ("president:George Washington", "year:1790"). */
const STRUCTURED_TAG = /^([\p{L}\p{N}_-]+):(.+)$/u

/** Every facet value of an article, `now` deciding what "this week" is. */
export function articleFacets(article: FacetInput, now: number): FacetValue[] {
  return [...metaFacets(article, now), ...textFacets(article)]
}

/** The facets read from metadata: cheap, and "this week" changes with `now`, so never cached. */
export function metaFacets(article: FacetInput, now: number): FacetValue[] {
  return [...lengthFacets(article.readingMinutes), ...eraFacets(article.publishedAt, now), ...sourceFacets(article), ...tagFacets(article.tags)]
}

/** The facets read from the text (format, tone, level): the costly part, fixed once an article is stored, so the app caches them. */
export function textFacets(article: Pick<FacetInput, 'title' | 'text' | 'wordCount' | 'tags'>): FacetValue[] {
  const formats = detectFormats(article).map(({ format, relevance }): FacetValue => ({ kind: 'format', value: `format:${format}`, label: FORMAT_LABELS[format], relevance }))
  const tone = toneOf(article.text)
  const level = levelOf(article.text)
  return [
    ...formats,
    { kind: 'tone', value: `tone:${tone.tone}`, label: tone.tone, relevance: tone.relevance },
    ...(level ? [{ kind: 'level', value: `level:${level.level}`, label: level.level, relevance: level.relevance } satisfies FacetValue] : []),
  ]
}

/** The bucket holding `minutes` (relevance 1), and a neighbour whose boundary is within LENGTH_BOUNDARY_MARGIN of it. None for unknown (≤ 0 or not finite) lengths. */
export function lengthFacets(minutes: number): FacetValue[] {
  if (!(minutes > 0) || !Number.isFinite(minutes)) return []
  const facets: FacetValue[] = []
  for (const [i, bucket] of LENGTH_BUCKETS.entries()) {
    const inside = minutes >= bucket.from && minutes < bucket.to
    const nearLower = i > 0 && Math.abs(minutes - bucket.from) <= LENGTH_BOUNDARY_MARGIN * bucket.from
    const nearUpper = Number.isFinite(bucket.to) && Math.abs(minutes - bucket.to) <= LENGTH_BOUNDARY_MARGIN * bucket.to
    if (inside || nearLower || nearUpper) {
      facets.push({ kind: 'length', value: `length:${bucket.id}`, label: bucket.label, relevance: inside ? 1 : NEIGHBOUR_RELEVANCE })
    }
  }
  return facets
}

/** "This week" for recent articles; otherwise the decade (1) and century (CENTURY_RELEVANCE) of the UTC year. None for unknown dates. */
export function eraFacets(publishedAt: number, now: number): FacetValue[] {
  if (!publishedAt || !Number.isFinite(publishedAt)) return []
  if (Math.abs(now - publishedAt) <= THIS_WEEK_MS) return [{ kind: 'era', value: 'era:this-week', label: 'from this week', relevance: 1 }]
  const year = new Date(publishedAt).getUTCFullYear()
  if (year < 1) return []
  const decade = `${Math.floor(year / 10) * 10}s`
  // Centuries as people say them: the 1900s are the 20th century, so a decade lies in its century.
  const century = ordinal(Math.floor(year / 100) + 1)
  return [
    { kind: 'era', value: `era:${decade}`, label: `from the ${decade}`, relevance: 1 },
    { kind: 'era', value: `era:${century}-century`, label: `from the ${century} century`, relevance: CENTURY_RELEVANCE },
  ]
}

/** 1 → "1st", 12 → "12th", 21 → "21st". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** The source (1) and, when named, the author (AUTHOR_RELEVANCE), both of kind 'source'. */
export function sourceFacets(article: Pick<FacetInput, 'sourceId' | 'sourceTitle' | 'author'>): FacetValue[] {
  const facets: FacetValue[] = [{ kind: 'source', value: `source:${article.sourceId}`, label: article.sourceTitle, relevance: 1 }]
  const author = article.author?.trim()
  if (author) facets.push({ kind: 'source', value: `author:${author}`, label: author, relevance: AUTHOR_RELEVANCE })
  return facets
}

/** Each distinct feed tag as 'tag:<tag>'; structured "key:value" tags as 'tag:<key>:<value>', labelled with the value alone. */
export function tagFacets(tags: readonly string[]): FacetValue[] {
  const facets = new Map<string, FacetValue>()
  for (const raw of tags) {
    const tag = raw.trim()
    if (!tag || facets.has(`tag:${tag}`)) continue
    const label = STRUCTURED_TAG.exec(tag)?.[2]?.trim() ?? tag
    facets.set(`tag:${tag}`, { kind: 'tag', value: `tag:${tag}`, label, relevance: 1 })
  }
  return [...facets.values()]
}
