import { MIN_FACET_RELEVANCE } from './genres'
import type { RecLibrary } from './rec-library'
import { strongestTopic } from './strongest-topic'
import type { Taste } from './taste'

/** The trainer's verdict on every article of a library for one reader. */
export interface TrainerVerdicts {
  /** By row: 1 always surfaces the article, −1 always hides it, 0 leaves it to the scores. */
  verdict: Int8Array
  /** For each surfaced row (verdict 1), the thumbed-up value that surfaced it, in words: 'long reads', 'whale · ship · sea'. */
  surfacedBy: Map<number, string>
}

/**
 * The trainer's verdicts. An article's values are its facet values with relevance ≥
 * MIN_FACET_RELEVANCE (the same bar a micro-genre sets) and its strongest topic as 'topic:<t>'.
 * Its verdict is 1 when any of them has a thumbs up, else −1 when any has a thumbs down, else 0:
 * NewsBlur's intelligence trainer has the same rule ("positive classifiers always win over
 * negative ones": a story with a liked author but a disliked tag still shows), so a reader can
 * hide a whole source and still keep the one author they like from it.
 */
export function trainerVerdicts(library: RecLibrary, thumbs: Taste['thumbs']): TrainerVerdicts {
  const verdict = new Int8Array(library.articles.length)
  const surfacedBy = new Map<number, string>()
  if (thumbs.size === 0) return { verdict, surfacedBy }
  library.facets.forEach((facets, row) => {
    let down = false
    const topic = strongestTopic(library, row)
    if (topic !== null) {
      const thumb = thumbs.get(`topic:${topic}`)
      if (thumb === 1) {
        verdict[row] = 1
        surfacedBy.set(row, library.model!.topics[topic]!.label)
        return
      }
      down = thumb === -1
    }
    for (const facet of facets) {
      if (facet.relevance < MIN_FACET_RELEVANCE) continue
      const thumb = thumbs.get(facet.value)
      if (thumb === 1) {
        verdict[row] = 1
        surfacedBy.set(row, valuePhrase(facet.value, facet.label))
        return
      }
      down ||= thumb === -1
    }
    if (down) verdict[row] = -1
  })
  return { verdict, surfacedBy }
}

/**
 * A facet value in words that follow "You gave a thumbs up to" or "You picked": the facet's label
 * ('long reads', 'speeches', a source title, an author, a tag), tones and levels as reads
 * ('somber reads'), eras without their "from" ('the 1860s').
 */
export function valuePhrase(value: string, label: string): string {
  const kind = value.slice(0, value.indexOf(':'))
  if (kind === 'tone' || kind === 'level') return `${label} reads`
  if (kind === 'era') return label.replace(/^from /, '')
  return label
}
