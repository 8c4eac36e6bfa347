import type { FacetValue } from './facets'
import { MIN_FACET_RELEVANCE } from './genres'
import type { RecLibrary } from './rec-library'
import { nearestSeed, type Seed } from './scores'
import { strongestTopic } from './strongest-topic'
import type { Taste } from './taste'
import { valuePhrase, type TrainerVerdicts } from './trainer'

/** Seeds an explanation looks at, the heaviest: each costs a sparse dot product per card, and old light reads explain little. */
export const MAX_EXPLAINING_SEEDS = 50
/** Facets a card names when nothing else explains it: "Long read · 1850s". */
const REASON_FACETS = 2
/** Among equally relevant facets, the kinds people scan for first; a source last, since one feed often holds every article. */
const BADGE_ORDER = ['length', 'era', 'format', 'tone', 'level', 'tag', 'author', 'source']
const FORMAT_BADGES: Record<string, string> = { 'how-to': 'How-to', list: 'List', qa: 'Q&A', essay: 'Essay', speech: 'Speech', news: 'News' }

/** What explains a reader's cards: their reading (seeds) and what they said (taste, trainer verdicts). */
export interface ReasonInputs {
  /** The reader's seeds (readerSeeds), for "Because you liked/read …". */
  seeds: readonly Seed[]
  taste: Taste
  verdicts: TrainerVerdicts
}

/**
 * Explains cards to one reader, first match wins: a trainer thumbs up ("You gave a thumbs up to
 * long reads"); the nearest positively weighted seed in words ("Because you liked “T”", "Because
 * you read “T”"); an onboarding pick ("You picked whale · ship · sea"); the article's strongest
 * topic ("Topic: whale · ship · sea"); its strongest facets ("Long read · 1850s").
 */
export function cardExplainer(library: RecLibrary, inputs: ReasonInputs): (row: number) => string {
  const seeds = inputs.seeds.filter((seed) => seed.weight > 0).sort((a, b) => b.weight - a.weight || a.row - b.row).slice(0, MAX_EXPLAINING_SEEDS)
  const liked = new Set(seeds.filter((seed) => seed.liked).map((seed) => seed.row))
  const picked = new Set(inputs.taste.interests)
  const model = library.model
  return (row) => {
    const thumbed = inputs.verdicts.surfacedBy.get(row)
    if (thumbed !== undefined) return `You gave a thumbs up to ${thumbed}`
    const seed = nearestSeed(library.matrix, seeds, row)
    if (seed >= 0) return `Because you ${liked.has(seed) ? 'liked' : 'read'} “${library.articles[seed]!.title}”`
    const topic = strongestTopic(library, row)
    const topicLabel = topic === null || !model ? null : model.topics[topic]!.label
    if (topicLabel !== null && picked.has(`topic:${topic}`)) return `You picked ${topicLabel}`
    const pick = library.facets[row]!.find((facet) => facet.relevance >= MIN_FACET_RELEVANCE && picked.has(facet.value))
    if (pick) return `You picked ${valuePhrase(pick.value, pick.label)}`
    if (topicLabel !== null) return `Topic: ${topicLabel}`
    return facetReason(library.facets[row]!)
  }
}

/** The article's strongest facets of different kinds as short, capitalized badges: "Long read · 1850s". */
export function facetReason(facets: readonly FacetValue[]): string {
  const kindOf = (facet: FacetValue): string => facet.value.slice(0, facet.value.indexOf(':'))
  const order = (facet: FacetValue): number => BADGE_ORDER.indexOf(kindOf(facet)) >>> 0 // unknown kinds last
  const ranked = facets.filter((facet) => facet.relevance >= MIN_FACET_RELEVANCE).sort((a, b) => b.relevance - a.relevance || order(a) - order(b))
  const kinds = new Set<string>()
  const badges: string[] = []
  for (const facet of ranked) {
    const badge = facetBadge(facet)
    if (kinds.has(kindOf(facet)) || badge === '') continue
    kinds.add(kindOf(facet))
    badges.push(badge)
    if (badges.length === REASON_FACETS) break
  }
  return badges.length ? badges.join(' · ') : 'In your library'
}

/** One facet as a card badge: 'Long read', '1850s', '19th century', 'Speech', 'Somber', 'By Herman Melville', a source or a tag. */
export function facetBadge(facet: FacetValue): string {
  const colon = facet.value.indexOf(':')
  const kind = facet.value.slice(0, colon)
  const id = facet.value.slice(colon + 1)
  const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
  if (kind === 'length') return capitalized(`${id} read`)
  if (kind === 'era') return capitalized(id.replace(/-/g, ' '))
  if (kind === 'format') return FORMAT_BADGES[id] ?? capitalized(facet.label)
  if (kind === 'tone' || kind === 'level') return capitalized(id)
  if (kind === 'author') return facet.label.trim() && `By ${facet.label.trim()}`
  return capitalized(facet.label.trim())
}
