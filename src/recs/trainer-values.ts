import type { TopicNames } from '@/db/settings'
import { MIN_FACET_RELEVANCE } from '@/ml/recs/genres'
import { facetLabel, kindName } from './describe'
import type { LoadedLibrary } from './load-library'
import { topicTitle } from './reader-context'
import type { TrainerValue } from './recs-view'
import { topicKeyValue } from './taste-mapping'

/** A topic is offered from this share of the article's topic proportions: less is not what it is about. */
const MIN_TOPIC_SHARE = 0.25
/** Topics offered per article at most. */
const MAX_TOPICS = 2

/**
 * The values of one article the trainer can give thumbs to: its main topics (as stable
 * 'topic-key:<key>' values, labelled with the person's name or the topic's words), then its facet
 * values that count for genres. Empty for an article not in the library.
 */
export function trainerValuesOf(loaded: LoadedLibrary, names: TopicNames, id: string): TrainerValue[] {
  const { library, keys } = loaded
  const row = library.row.get(id)
  if (row === undefined) return []
  const values: TrainerValue[] = []
  const model = library.model
  if (model && keys) {
    const shares = Array.from(model.weights.subarray(row * model.k, (row + 1) * model.k), (share, position) => ({ share, position }))
    for (const { position } of shares.filter(({ share }) => share >= MIN_TOPIC_SHARE).sort((a, b) => b.share - a.share).slice(0, MAX_TOPICS)) {
      values.push({ value: topicKeyValue(keys[position]!), kind: 'Topic', label: topicTitle(loaded, names, position) })
    }
  }
  const seen = new Set<string>()
  for (const facet of library.facets[row] ?? []) {
    if (facet.relevance < MIN_FACET_RELEVANCE || seen.has(facet.value)) continue
    seen.add(facet.value)
    values.push({ value: facet.value, kind: kindName(facet), label: facetLabel(facet) })
  }
  return values
}
