import type { TermCounts } from '@/db/text-features'
import { stemToken } from '@/ml/text/stemming'
import { removeStopWords } from '@/ml/text/stopwords'
import { tokenize } from '@/ml/text/tokenize'
import { FOLIO_VECTORIZE_DEFAULTS } from '@/ml/text/vectorize'

/** How a text becomes terms; a model's TextModel says which it was fitted with. */
export interface TermOptions {
  locale: string
  stem: boolean
}

export const DEFAULT_TERM_OPTIONS: TermOptions = { locale: FOLIO_VECTORIZE_DEFAULTS.locale, stem: FOLIO_VECTORIZE_DEFAULTS.stem }

// Stemming each token anew costs as much as tokenizing; a word is stemmed once per worker.
const stems = new Map<string, string>()
/** Bounds the memo: a large library has a few hundred thousand distinct words. */
const MAX_STEMS = 200_000

function stemmed(token: string): string {
  let stem = stems.get(token)
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear()
    stem = stemToken(token)
    stems.set(token, stem)
  }
  return stem
}

/**
 * The terms of a text exactly as `transformTexts` (src/ml/text/vectorize.ts) reads them:
 * tokenize → stop words → Porter2 when `stem`. test/unit/recs checks the two agree.
 */
export function termsOf(text: string, options: TermOptions = DEFAULT_TERM_OPTIONS): string[] {
  const tokens = removeStopWords(tokenize(text, { locale: options.locale }))
  return options.stem ? tokens.map(stemmed) : tokens
}

/** A text's distinct terms with their counts, first occurrence first. */
export function termCountsOf(text: string, options: TermOptions = DEFAULT_TERM_OPTIONS): TermCounts {
  const counts = new Map<string, number>()
  for (const term of termsOf(text, options)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return { ...options, terms: [...counts.keys()], counts: Uint32Array.from(counts.values()) }
}

/** The terms again as a token list (order aside, which TF-IDF ignores), for `transformTfidf`. */
export function tokensOf(counts: Pick<TermCounts, 'terms' | 'counts'>): string[] {
  const tokens: string[] = []
  counts.terms.forEach((term, index) => {
    for (let n = 0; n < counts.counts[index]!; n++) tokens.push(term)
  })
  return tokens
}
