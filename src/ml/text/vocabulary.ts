import { compareCodePoints } from './compare'
import { csrFromTriplets, type CsrMatrix } from '../sparse/csr'

/**
 * A bound on document frequency: a plain number is a count of documents (a whole number), and
 * `{ proportion }` is a share of the documents in [0, 1]. scikit-learn tells the two apart by
 * Python type (`min_df=2` is a count, `max_df=0.9` a proportion); JavaScript has one number type,
 * hence the object. `{ proportion: 1 }` is scikit-learn's `1.0`, while `1` means one document.
 */
export type DocumentFrequencyBound = number | { readonly proportion: number }

/** Pruning options, as scikit-learn's CountVectorizer names them; the defaults are its defaults. */
export interface VocabularyOptions {
  /** Drop terms found in fewer documents than this (`min_df`). Default 1. */
  minDf?: DocumentFrequencyBound
  /** Drop terms found in more documents than this (`max_df`). Default `{ proportion: 1 }`. */
  maxDf?: DocumentFrequencyBound
  /** Then keep only this many terms, those with the most occurrences (`max_features`). Default: all. */
  maxFeatures?: number | null
}

/** The terms kept, each with its counts; a term's position is its column in every matrix. */
export interface Vocabulary {
  /** Terms in code-point order (the order of scikit-learn's `get_feature_names_out()`). */
  terms: string[]
  /** Documents containing each term. */
  documentFrequency: Int32Array
  /** Occurrences of each term over all documents. */
  termFrequency: Float64Array
}

/**
 * Counts document frequencies and prunes as scikit-learn's CountVectorizer does (`_limit_features`):
 * terms with `minDf ≤ df ≤ maxDf` survive, a proportion p standing for p × documents; if more than
 * `maxFeatures` survive, those with the highest total count are kept. scikit-learn breaks ties in
 * that count with NumPy's unstable argsort over alphabetically sorted terms, so its choice among
 * tied terms is arbitrary; Folio keeps the alphabetically first, deterministically.
 *
 * @throws RangeError "max_df corresponds to < documents than min_df", "empty vocabulary; perhaps
 *   the documents only contain stop words" or "After pruning, no terms remain…", scikit-learn's
 *   messages; and for bounds outside their ranges.
 */
export function buildVocabulary(documents: readonly (readonly string[])[], options: VocabularyOptions = {}): Vocabulary {
  const documentCount = documents.length
  const minCount = documentCountBound(options.minDf ?? 1, documentCount, 'minDf')
  const maxCount = documentCountBound(options.maxDf ?? { proportion: 1 }, documentCount, 'maxDf')
  const maxFeatures = options.maxFeatures ?? null
  if (maxFeatures !== null && !(Number.isInteger(maxFeatures) && maxFeatures >= 1)) {
    throw new RangeError(`maxFeatures must be a whole number of at least 1 or null, not ${maxFeatures}.`)
  }
  if (maxCount < minCount) throw new RangeError('max_df corresponds to < documents than min_df')

  const stats = new Map<string, { df: number; tf: number; lastDocument: number }>()
  documents.forEach((tokens, d) => {
    for (const token of tokens) {
      const entry = stats.get(token)
      if (!entry) stats.set(token, { df: 1, tf: 1, lastDocument: d })
      else {
        entry.tf++
        if (entry.lastDocument !== d) {
          entry.df++
          entry.lastDocument = d
        }
      }
    }
  })
  if (stats.size === 0) throw new RangeError('empty vocabulary; perhaps the documents only contain stop words')

  let kept = [...stats.keys()].filter((term) => {
    const { df } = stats.get(term)!
    return df >= minCount && df <= maxCount
  })
  kept.sort(compareCodePoints)
  if (maxFeatures !== null && kept.length > maxFeatures) {
    // A stable sort of the alphabetical list: ties keep alphabetical order.
    kept = kept.sort((a, b) => stats.get(b)!.tf - stats.get(a)!.tf).slice(0, maxFeatures).sort(compareCodePoints)
  }
  if (kept.length === 0) throw new RangeError('After pruning, no terms remain. Try a lower min_df or a higher max_df.')
  return {
    terms: kept,
    documentFrequency: Int32Array.from(kept, (term) => stats.get(term)!.df),
    termFrequency: Float64Array.from(kept, (term) => stats.get(term)!.tf),
  }
}

function documentCountBound(bound: DocumentFrequencyBound, documentCount: number, name: string): number {
  if (typeof bound === 'number') {
    if (!Number.isInteger(bound) || bound < 0) throw new RangeError(`${name} must be a whole number of documents or { proportion }, not ${bound}.`)
    return bound
  }
  const { proportion } = bound
  if (!(proportion >= 0 && proportion <= 1)) throw new RangeError(`${name}.proportion must lie in [0, 1], not ${proportion}.`)
  return proportion * documentCount
}

/** Column of each term: the inverse of `terms`. */
export function termIndex(terms: readonly string[]): Map<string, number> {
  return new Map(terms.map((term, column) => [term, column]))
}

/**
 * The document-term count matrix over a fixed vocabulary (rows: documents, columns: terms);
 * tokens outside the vocabulary are ignored, as scikit-learn's `transform` does.
 */
export function countTerms(documents: readonly (readonly string[])[], index: ReadonlyMap<string, number>): CsrMatrix {
  const rows: number[] = []
  const cols: number[] = []
  const values: number[] = []
  const counts = new Map<number, number>()
  documents.forEach((tokens, d) => {
    counts.clear()
    for (const token of tokens) {
      const column = index.get(token)
      if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1)
    }
    for (const [column, count] of counts) {
      rows.push(d)
      cols.push(column)
      values.push(count)
    }
  })
  return csrFromTriplets(documents.length, index.size, rows, cols, values)
}
