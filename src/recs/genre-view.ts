import { isCandidate, readingStates } from '@/ml/recs/reading-state'
import { findGenre } from '@/ml/recs/recommend'
import { cardsOf } from './cards'
import { capitalize, facetsByValue } from './describe'
import type { LoadedLibrary } from './load-library'
import { topicTitle, type ReaderContext } from './reader-context'
import type { GenreView } from './recs-view'

/** A micro-genre's page: its name, its facets for people, the person's flags, every article (unread first). Null for an unknown slug. */
export function genreView(loaded: LoadedLibrary, context: ReaderContext, slug: string): GenreView | null {
  const { library } = loaded
  const genre = findGenre(library, slug)
  if (!genre) return null
  const byValue = facetsByValue(library)
  const facets = genre.facets.map((value) => {
    const facet = byValue.get(value)
    // Genre facets read as in the genre's name ("From the 1860s"), names and tags as written.
    if (!facet) return value.slice(value.indexOf(':') + 1)
    return facet.kind === 'source' || facet.kind === 'tag' ? facet.label : capitalize(facet.label)
  })
  if (genre.topicId !== null) facets.push(`Topic: ${topicTitle(loaded, context.topicNames, genre.topicId)}`)
  const states = readingStates(context.signals)
  const unread = genre.articleIds.filter((id) => isCandidate(states.get(id)))
  const others = genre.articleIds.filter((id) => !isCandidate(states.get(id)))
  return {
    slug: genre.slug,
    name: genre.name,
    facets,
    followed: context.followedGenres.has(genre.slug),
    hidden: context.hiddenGenres.has(genre.slug),
    cards: cardsOf(loaded, [...unread, ...others]),
  }
}
