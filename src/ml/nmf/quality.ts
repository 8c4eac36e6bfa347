import type { CsrMatrix } from '../sparse/csr'

/**
 * The `count` heaviest terms of each topic, heaviest first; equal weights go to the lower term
 * index. `H` is k × n, row-major (topic t's weight for term j at `H[t * n + j]`). Terms of weight
 * zero are included if a topic has fewer than `count` others, so every list has min(count, n) terms.
 */
export function topTerms(H: ArrayLike<number>, k: number, n: number, count: number): Int32Array[] {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || H.length !== k * n) {
    throw new RangeError(`H must hold k × n = ${k} × ${n} weights, not ${H.length}.`)
  }
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, not ${count}.`)
  const size = Math.min(count, n)
  const result: Int32Array[] = []
  for (let t = 0; t < k; t++) {
    const offset = t * n
    if (size === 0) {
      result.push(new Int32Array(0))
      continue
    }
    // A sorted buffer of the best so far; a term enters only if strictly heavier than the last,
    // and is placed after equal weights, so ties keep the lower index.
    const best = new Int32Array(size)
    let filled = 0
    for (let j = 0; j < n; j++) {
      const weight = H[offset + j]!
      if (filled === size && !(weight > H[offset + best[size - 1]!]!)) continue
      let slot = filled < size ? filled++ : size - 1
      while (slot > 0 && weight > H[offset + best[slot - 1]!]!) {
        best[slot] = best[slot - 1]!
        slot--
      }
      best[slot] = j
    }
    result.push(best)
  }
  return result
}

/**
 * Topic coherence as normalized pointwise mutual information (NPMI; Bouma 2009, "Normalized
 * (pointwise) mutual information in collocation extraction"), averaged over every pair of a
 * topic's top terms, as in Röder et al. 2015's C_NPMI but with whole documents as the context
 * (a boolean document window, not a 10-word sliding window):
 *
 *   p(i) = D(i) / N,  p(i, j) = D(i, j) / N,  NPMI(i, j) = ln(p(i, j) / (p(i) p(j))) / −ln p(i, j)
 *
 * where N is the number of documents (rows of `occurrence`), D(i) the number containing term i
 * (any value > 0) and D(i, j) the number containing both. NPMI lies in [−1, 1]: −1 for terms that
 * never co-occur (the limit as p(i, j) → 0; no smoothing ε as in gensim), 0 for independent terms,
 * 1 when they always co-occur (also taken when p(i, j) = 1, where the formula is 0 / 0).
 *
 * @param top each topic's term indices, usually `topTerms(H, k, n, 10)`
 * @param occurrence documents × terms; typically the count or TF-IDF matrix the model was fitted on
 * @returns mean NPMI per topic; NaN for a topic with fewer than two terms or a matrix without rows
 */
export function npmiCoherence(top: readonly ArrayLike<number>[], occurrence: CsrMatrix): Float64Array {
  const documents = termDocuments(top, occurrence)
  const N = occurrence.rows
  const result = new Float64Array(top.length)
  top.forEach((terms, t) => {
    let sum = 0
    let pairs = 0
    for (let a = 0; a < terms.length; a++) {
      for (let b = a + 1; b < terms.length; b++) {
        const di = documents.get(terms[a]!)!
        const dj = documents.get(terms[b]!)!
        sum += npmi(di.length / N, dj.length / N, intersectionSize(di, dj) / N)
        pairs++
      }
    }
    result[t] = pairs === 0 ? NaN : sum / pairs
  })
  return result
}

function npmi(pi: number, pj: number, pij: number): number {
  if (pij === 0) return -1
  if (pij === 1) return 1
  return Math.log(pij / (pi * pj)) / -Math.log(pij)
}

/** For each term in the union of the top lists, the sorted rows where it occurs; one pass over the matrix. */
function termDocuments(top: readonly ArrayLike<number>[], occurrence: CsrMatrix): Map<number, number[]> {
  const documents = new Map<number, number[]>()
  for (const terms of top) {
    for (let a = 0; a < terms.length; a++) {
      const term = terms[a]!
      if (!(Number.isInteger(term) && term >= 0 && term < occurrence.cols)) {
        throw new RangeError(`Term ${term} lies outside the occurrence matrix's ${occurrence.cols} columns.`)
      }
      documents.set(term, [])
    }
  }
  const { indptr, indices, data } = occurrence
  for (let i = 0; i < occurrence.rows; i++) {
    for (let p = indptr[i]!; p < indptr[i + 1]!; p++) {
      if (data[p]! > 0) documents.get(indices[p]!)?.push(i)
    }
  }
  return documents
}

function intersectionSize(a: readonly number[], b: readonly number[]): number {
  let count = 0
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x]! < b[y]!) x++
    else if (a[x]! > b[y]!) y++
    else {
      count++
      x++
      y++
    }
  }
  return count
}

/**
 * Topic diversity (Dieng, Ruiz & Blei 2020, "Topic modeling in embedding spaces"): the share of
 * unique terms among all topics' top terms; 1 when no two topics share a top term, near 1/k when
 * all topics repeat each other. Dieng et al. use the top 25 terms. NaN when there are no terms.
 */
export function topicDiversity(top: readonly ArrayLike<number>[]): number {
  const unique = new Set<number>()
  let total = 0
  for (const terms of top) {
    for (let a = 0; a < terms.length; a++) unique.add(terms[a]!)
    total += terms.length
  }
  return total === 0 ? NaN : unique.size / total
}
