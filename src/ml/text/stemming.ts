import porter2 from 'wink-porter2-stemmer'
import { compareCodePoints } from './compare'

/** Porter2 is an English algorithm: only tokens of ASCII letters (and apostrophes) are stemmed. */
const STEMMABLE = /^[a-z']+$/

/** The Porter2 stem of a lower-case token ("whaling" → "whale"); other tokens come back as they are. */
export function stemToken(token: string): string {
  return STEMMABLE.test(token) ? porter2(token) : token
}

/** Stemmed documents and, per stem, the word to show people. */
export interface StemmedDocuments {
  /** The documents with every token replaced by its stem. */
  documents: string[][]
  /**
   * For each stem, its most frequent surface form across the documents ("whale" for "whale",
   * where "whale" occurs more often than "whales" or "whaling"); ties go to the shorter form,
   * then to the first in code-point order, so the choice never depends on document order.
   */
  surfaceForms: Map<string, string>
}

/** Stems every token and remembers which word each stem stands for most often. */
export function stemDocuments(documents: readonly (readonly string[])[]): StemmedDocuments {
  const stems = new Map<string, string>() // surface form → stem, so each word is stemmed once
  const counts = new Map<string, Map<string, number>>() // stem → surface form → occurrences
  const stemmed = documents.map((tokens) =>
    tokens.map((token) => {
      let stem = stems.get(token)
      if (stem === undefined) {
        stem = stemToken(token)
        stems.set(token, stem)
      }
      let forms = counts.get(stem)
      if (!forms) counts.set(stem, (forms = new Map()))
      forms.set(token, (forms.get(token) ?? 0) + 1)
      return stem
    }),
  )
  const surfaceForms = new Map<string, string>()
  for (const [stem, forms] of counts) surfaceForms.set(stem, mostFrequentForm(forms))
  return { documents: stemmed, surfaceForms }
}

function mostFrequentForm(forms: ReadonlyMap<string, number>): string {
  let best = ''
  let bestCount = 0
  for (const [form, count] of forms) {
    const better =
      count > bestCount ||
      (count === bestCount && (form.length < best.length || (form.length === best.length && compareCodePoints(form, best) < 0)))
    if (better) {
      best = form
      bestCount = count
    }
  }
  return best
}
