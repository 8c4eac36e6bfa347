import type { FacetKind, FacetValue } from '@/ml/recs/facets'
import type { RecLibrary } from '@/ml/recs/rec-library'

/** Facet kinds as people read them; 'author:' values share the kind 'source' but read as Author. */
const KIND_NAMES: Record<FacetKind, string> = { length: 'Length', era: 'Era', source: 'Source', format: 'Format', tone: 'Tone', level: 'Level', tag: 'Tag' }

/** First letter upper case: labels are written for the middle of a genre name ("somber long reads"). */
export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/** What a facet value's kind is, for people: 'Length', 'Author', 'Tone', …. */
export const kindName = (facet: Pick<FacetValue, 'kind' | 'value'>): string => (facet.value.startsWith('author:') ? 'Author' : KIND_NAMES[facet.kind])

/** A facet value on its own, for people: 'Long reads', 'Somber', '1860s', '19th century', 'Moby-Dick'. */
export function facetLabel(facet: Pick<FacetValue, 'kind' | 'label'>): string {
  // Names (sources, authors) and tags are shown as written; Folio's own words start a phrase.
  if (facet.kind === 'source' || facet.kind === 'tag') return facet.label
  // Era labels are phrased to follow a noun ("… from the 1860s"); alone, the era itself reads better.
  return capitalize(facet.kind === 'era' ? facet.label.replace(/^from (the )?/, '') : facet.label)
}

/** Every facet value of the library with its kind and label, the first article's wording winning. */
export function facetsByValue(library: RecLibrary): Map<string, FacetValue> {
  const byValue = new Map<string, FacetValue>()
  for (const facets of library.facets) for (const facet of facets) if (!byValue.has(facet.value)) byValue.set(facet.value, facet)
  return byValue
}
