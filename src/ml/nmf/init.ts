import { randomizedSvd } from '../linalg/randomized-svd'
import type { Random } from '../random'
import type { CsrMatrix } from '../sparse/csr'
import type { SparseOperator } from '../sparse/operator'
import { sparseMean } from '../sparse/products'

/** How W and H start: NNDSVD (Boutsidis & Gallopoulos 2008), its zeros filled with the mean (nndsvda), or seeded random. */
export type NmfInit = 'nndsvda' | 'nndsvd' | 'random'

/** A factorization in progress: W is rows × k and Ht (H transposed) is cols × k, both row-major. */
export interface Factors {
  w: Float64Array
  ht: Float64Array
}

/**
 * The randomized SVD's sketch. NNDSVD needs only a rough leading subspace (HALS refines the rest),
 * so the default oversampling is 4 columns, not scikit-learn's 10. Power iterations follow
 * scikit-learn's 'auto' rule unless given, but stop once the singular values settle to 1e-3:
 * a matrix with planted topics needs two, text all seven (and there the start decides which local
 * minimum HALS finds, so it is not cut short).
 */
export interface SketchOptions {
  powerIterations?: number
  oversamples?: number
  /** Early stop of the power iterations (see RandomizedSvdOptions.convergence); default 1e-3, null for never. */
  convergence?: number | null
}

/** Entries below this become exact zeros, as in scikit-learn's `_initialize_nmf`. */
const EPS = 1e-6

function norm(values: Float64Array, sign: 1 | -1): number {
  let sum = 0
  for (const value of values) if (sign * value > 0) sum += value * value
  return Math.sqrt(sum)
}

/**
 * NNDSVD: each leading singular pair is split into its positive and negative parts and the larger
 * product kept (a sign-invariant choice), scaled by √(σ·‖u₊‖‖v₊‖). `nndsvda` then replaces the
 * zeros by the mean of X, which helps HALS leave them (scikit-learn's recommendation for cd).
 */
function nndsvd(x: CsrMatrix, k: number, random: Random, fillZeros: boolean, sketch: SketchOptions, products: SparseOperator | undefined): Factors {
  const { rows: m, cols: n } = x
  const svd = randomizedSvd(x, k, { random, powerIterations: sketch.powerIterations, oversamples: sketch.oversamples ?? 4, convergence: sketch.convergence === undefined ? 1e-3 : sketch.convergence ?? undefined }, products)
  const w = new Float64Array(m * k)
  const ht = new Float64Array(n * k)
  const column = new Float64Array(m)
  const row = new Float64Array(n)
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < m; i++) column[i] = svd.u[i * k + c]!
    for (let j = 0; j < n; j++) row[j] = svd.v[j * k + c]!
    if (c === 0) {
      // The leading pair of a non-negative matrix is non-negative up to a global sign.
      const scale = Math.sqrt(svd.s[0]!)
      for (let i = 0; i < m; i++) w[i * k] = scale * Math.abs(column[i]!)
      for (let j = 0; j < n; j++) ht[j * k] = scale * Math.abs(row[j]!)
      continue
    }
    const xPos = norm(column, 1)
    const yPos = norm(row, 1)
    const xNeg = norm(column, -1)
    const yNeg = norm(row, -1)
    const positive = xPos * yPos
    const negative = xNeg * yNeg
    const sign = positive > negative ? 1 : -1 // scikit-learn keeps the positive part only when strictly larger
    const sigma = sign === 1 ? positive : negative
    const [xNorm, yNorm] = sign === 1 ? [xPos, yPos] : [xNeg, yNeg]
    if (sigma === 0) continue
    const scale = Math.sqrt(svd.s[c]! * sigma)
    for (let i = 0; i < m; i++) w[i * k + c] = sign * column[i]! > 0 ? (scale * Math.abs(column[i]!)) / xNorm : 0
    for (let j = 0; j < n; j++) ht[j * k + c] = sign * row[j]! > 0 ? (scale * Math.abs(row[j]!)) / yNorm : 0
  }
  const average = fillZeros ? sparseMean(x) : 0
  for (const factor of [w, ht]) for (let e = 0; e < factor.length; e++) if (factor[e]! < EPS) factor[e] = average
  return { w, ht }
}

/** Random start scaled like scikit-learn's: |N(0, 1)| · √(mean(X) / k). */
function randomStart(x: CsrMatrix, k: number, random: Random): Factors {
  const scale = Math.sqrt(sparseMean(x) / k)
  const ht = new Float64Array(x.cols * k)
  const w = new Float64Array(x.rows * k)
  for (const factor of [ht, w]) for (let e = 0; e < factor.length; e++) factor[e] = scale * Math.abs(random.normal())
  return { w, ht }
}

/** Starting factors for NMF of `x` at rank `k`. */
export function initializeFactors(x: CsrMatrix, k: number, init: NmfInit, random: Random, sketch: SketchOptions = {}, products?: SparseOperator): Factors {
  if (init === 'random') return randomStart(x, k, random)
  return nndsvd(x, k, random, init === 'nndsvda', sketch, products)
}
