import { generateGenres, type Genre } from './genres'
import type { RecLibrary } from './rec-library'
import { strongestTopic } from './strongest-topic'

/** A facet value nearly every article has (one feed, one decade) tells genres nothing. */
const UBIQUITOUS = 0.9

/** The library's genres, generated once: which articles share facets does not depend on the reader. */
const libraryGenres = new WeakMap<RecLibrary, Genre[]>()

/**
 * The micro-genres of a library (facet values and each article's strongest topic, leaving out
 * values nearly every article has), generated on the first call and cached with the library.
 * Every article counts as unread here: each reader's unread articles are counted per row.
 */
export function genresOf(library: RecLibrary): Genre[] {
  let genres = libraryGenres.get(library)
  if (genres) return genres
  const model = library.model
  const support = new Map<string, number>()
  for (const facets of library.facets) for (const facet of facets) support.set(facet.value, (support.get(facet.value) ?? 0) + 1)
  const telling = (value: string): boolean => (support.get(value) ?? 0) <= UBIQUITOUS * library.articles.length
  genres = generateGenres(
    library.articles.map((article, row) => {
      const topic = strongestTopic(library, row)
      const key = topic === null ? undefined : library.topicKeys?.[topic]
      return {
        id: article.id,
        facets: library.facets[row]!.filter((facet) => telling(facet.value)),
        topic: topic === null || !model ? null : { id: topic, label: model.topics[topic]!.label, ...(key === undefined ? {} : { key }) },
        unread: true,
      }
    }),
  )
  libraryGenres.set(library, genres)
  return genres
}

/** The genre with this slug in the library, or null. */
export function findGenre(library: RecLibrary, slug: string): Genre | null {
  return genresOf(library).find((genre) => genre.slug === slug) ?? null
}
