import type { CsrMatrix } from '../sparse/csr'
import { buildVocabulary, countTerms, termIndex, type VocabularyOptions } from './vocabulary'

/** How counts become weights; names and defaults are scikit-learn's TfidfVectorizer's. */
export interface TfidfWeighting {
  /** Row normalization (`norm`). Default 'l2': every document vector has length 1. */
  norm?: 'l2' | 'l1' | null
  /** Multiply by idf (`use_idf`). Default true. */
  useIdf?: boolean
  /** idf = ln((1 + n) / (1 + df)) + 1, as if one extra document held every term (`smooth_idf`). Default true. */
  smoothIdf?: boolean
  /** Use 1 + ln(tf) instead of tf (`sublinear_tf`), so a word said 100 times is not 100 times as telling. Default false. */
  sublinearTf?: boolean
}

export type TfidfOptions = VocabularyOptions & TfidfWeighting

/** What {@link transformTfidf} needs to weigh new documents as the fitted ones were. */
export interface TfidfModel {
  /** Terms in column order. */
  vocabulary: string[]
  /** Inverse document frequency per term (all ones when `useIdf` is false). */
  idf: Float64Array
  norm: 'l2' | 'l1' | null
  sublinearTf: boolean
}

/** A fitted model and the weighted matrix of the documents it was fitted on. */
export interface TfidfFit extends TfidfModel {
  /** Documents × terms. */
  matrix: CsrMatrix
}

/**
 * Learns a vocabulary and idf from tokenized documents and weighs them: scikit-learn's
 * `TfidfVectorizer(analyzer=lambda doc: doc, …).fit_transform(documents)`.
 * @throws RangeError when pruning leaves no terms (see {@link buildVocabulary}).
 */
export function fitTfidf(documents: readonly (readonly string[])[], options: TfidfOptions = {}): TfidfFit {
  const { terms, documentFrequency } = buildVocabulary(documents, options)
  const n = documents.length
  const idf = new Float64Array(terms.length)
  const smooth = (options.smoothIdf ?? true) ? 1 : 0
  for (let j = 0; j < terms.length; j++) {
    // Divide, then take the log, in scikit-learn's order, so results agree to the last bits.
    idf[j] = (options.useIdf ?? true) ? Math.log((n + smooth) / (documentFrequency[j]! + smooth)) + 1 : 1
  }
  const model: TfidfModel = { vocabulary: terms, idf, norm: options.norm === undefined ? 'l2' : options.norm, sublinearTf: options.sublinearTf ?? false }
  return { ...model, matrix: weigh(countTerms(documents, termIndex(terms)), model) }
}

/**
 * Weighs new documents with a fitted vocabulary and idf (folding new articles into a model):
 * scikit-learn's `transform`. Tokens outside the vocabulary are ignored.
 */
export function transformTfidf(documents: readonly (readonly string[])[], model: TfidfModel): CsrMatrix {
  if (model.idf.length !== model.vocabulary.length) {
    throw new RangeError(`The model has ${model.vocabulary.length} terms but ${model.idf.length} idf weights.`)
  }
  return weigh(countTerms(documents, termIndex(model.vocabulary)), model)
}

/** tf → (1 + ln tf) → × idf → row norm, in place on a fresh count matrix. */
function weigh(counts: CsrMatrix, model: TfidfModel): CsrMatrix {
  const { indptr, indices, data } = counts
  for (let p = 0; p < data.length; p++) {
    const tf = model.sublinearTf ? Math.log(data[p]!) + 1 : data[p]!
    data[p] = tf * model.idf[indices[p]!]!
  }
  if (model.norm === null) return counts
  for (let i = 0; i < counts.rows; i++) {
    let sum = 0
    for (let p = indptr[i]!; p < indptr[i + 1]!; p++) sum += model.norm === 'l2' ? data[p]! * data[p]! : Math.abs(data[p]!)
    if (sum === 0) continue // an empty document stays empty
    const length = model.norm === 'l2' ? Math.sqrt(sum) : sum
    for (let p = indptr[i]!; p < indptr[i + 1]!; p++) data[p]! /= length
  }
  return counts
}
