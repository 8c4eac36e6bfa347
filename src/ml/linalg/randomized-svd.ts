import { EigenvalueDecomposition, Matrix, SingularValueDecomposition } from 'ml-matrix'
import type { Random } from '../random'
import type { CsrMatrix } from '../sparse/csr'
import type { SparseOperator } from '../sparse/operator'
import { gram, multiplyDense, multiplyTransposeDense, transposeDense } from '../sparse/products'
import { choleskyOrthonormalizeRows, orthonormalizeColumns } from './orthonormalize'

export interface RandomizedSvdOptions {
  random: Random
  /** Extra sketch columns beyond `rank` (scikit-learn: 10); the sketch is then widened to a multiple of 8. */
  oversamples?: number
  /** Power iterations; scikit-learn's 'auto': 7 when rank < 10% of the smaller side, else 4. */
  powerIterations?: number
  /**
   * Stop the power iterations early once no leading singular value estimate moved by more than
   * this fraction of itself in the last one. A matrix with a clear spectral gap settles in two or
   * three; text, whose spectrum decays slowly, uses them all. Off when absent.
   */
  convergence?: number
}

/** The leading singular triplets: `u` is rows × rank and `v` is cols × rank, both row-major. */
export interface TruncatedSvd {
  rank: number
  u: Float64Array
  s: Float64Array
  v: Float64Array
}

/** The leading `count` singular values of a row-major block (rows × cols), from the eigenvalues of its Gram matrix. */
function singularValueEstimates(block: Float64Array, rows: number, cols: number, count: number): Float64Array {
  const g = gram(block, rows, cols)
  const eigen = new EigenvalueDecomposition(new Matrix(Array.from({ length: cols }, (_, i) => Array.from(g.subarray(i * cols, (i + 1) * cols)))), { assumeSymmetric: true })
  return Float64Array.from(eigen.realEigenvalues.map((value) => Math.sqrt(Math.max(value, 0))).sort((a, b) => b - a).slice(0, count))
}

/** Orthonormal basis of a row-major rows × cols block, returned row-major. */
function orthonormalBasis(block: Float64Array, rows: number, cols: number): Float64Array {
  return transposeDense(orthonormalizeColumns(transposeDense(block, rows, cols), rows, cols), cols, rows)
}

/**
 * Truncated SVD of a sparse matrix by randomized range finding (Halko, Martinsson & Tropp 2011,
 * algorithms 4.4 and 5.1), as scikit-learn's `randomized_svd`: a Gaussian sketch `X·Ω`, power
 * iterations normalized each half step, then an exact SVD of the small projected matrix
 * (ml-matrix). Only sparse-times-dense products touch `X`.
 */
export function randomizedSvd(x: CsrMatrix, rank: number, options: RandomizedSvdOptions, products?: SparseOperator): TruncatedSvd {
  const { rows: m, cols: n } = x
  if (!Number.isInteger(rank) || rank < 1 || rank > Math.min(m, n)) throw new RangeError(`The rank must be between 1 and ${Math.min(m, n)}, not ${rank}.`)
  // A multiple of 8 when it can be: the products run in blocks of 8 columns, and a ragged tail
  // costs a full extra pass over X.
  const width = Math.min(Math.ceil((rank + (options.oversamples ?? 10)) / 8) * 8, m, n)
  const iterations = options.powerIterations ?? (rank < 0.1 * Math.min(m, n) ? 7 : 4)
  const omega = new Float64Array(n * width)
  for (let i = 0; i < omega.length; i++) omega[i] = options.random.normal()
  const y = new Float64Array(m * width)
  const z = new Float64Array(n * width)
  // The caller's operator (WebAssembly when it loads), else the TypeScript kernels: Xᵀ·B scatters
  // through X, since B (rows × width) is the large side, read once in order.
  const multiply = (b: Float64Array, out: Float64Array): Float64Array => (products ? products.multiply(b, width, out) : multiplyDense(x, b, width, out))
  const multiplyByTranspose = (b: Float64Array, out: Float64Array): Float64Array => (products ? products.multiplyTranspose(b, width, out) : multiplyTransposeDense(x, b, width, out))
  // Between power iterations the sketch only needs its columns kept apart: one Cholesky QR step
  // when it is well conditioned; Gram–Schmidt for the final basis.
  const normalize = (block: Float64Array, rows: number): Float64Array => (choleskyOrthonormalizeRows(block, rows, width) ? block : orthonormalBasis(block, rows, width))
  let q = multiply(omega, y)
  let estimates: Float64Array | null = null
  let settled = false
  for (let it = 0; it < iterations; it++) {
    normalize(q, m)
    multiplyByTranspose(q, z)
    if (options.convergence !== undefined) {
      // Z = XᵀQ holds the sketch's singular value estimates: stop once they have settled.
      const next = singularValueEstimates(z, n, width, rank)
      settled = estimates !== null && next.every((value, i) => Math.abs(value - estimates![i]!) <= options.convergence! * value)
      estimates = next
      if (settled) break
    }
    q = multiply(normalize(z, n), y)
  }
  // Settled, Q is orthonormal (Cholesky QR of a well-conditioned block) and Z = XᵀQ is at hand;
  // otherwise the last block gets a Gram–Schmidt basis and its product.
  if (!settled) {
    q = orthonormalBasis(q, m, width)
    multiplyByTranspose(q, z)
  }
  // B = Qᵀ X is width × n; its transpose Z = Xᵀ Q (n × width) is what a sparse product gives.
  // Z = P R with P orthonormal (n × width) and R small, R = Ũ Σ Ṽᵀ by an exact SVD, so
  // X ≈ Q B = Q Zᵀ = (Q Ṽ) Σ (P Ũ)ᵀ: the dense SVD only ever sees a width × width matrix.
  const p = transposeDense(z, n, width) // column-major n × width
  orthonormalizeColumns(p, n, width)
  const r = new Matrix(width, width)
  for (let a = 0; a < width; a++) {
    for (let c = 0; c < width; c++) {
      let sum = 0
      for (let j = 0; j < n; j++) sum += p[a * n + j]! * z[j * width + c]!
      r.set(a, c, sum)
    }
  }
  const svd = new SingularValueDecomposition(r)
  const rLeft = Float64Array.from(svd.leftSingularVectors.to1DArray()) // Ũ: width × width, row-major
  const rRight = Float64Array.from(svd.rightSingularVectors.to1DArray()) // Ṽ
  const s = Float64Array.from(svd.diagonal.slice(0, rank))
  const u = new Float64Array(m * rank)
  for (let i = 0; i < m; i++) {
    for (let c = 0; c < rank; c++) {
      let sum = 0
      for (let l = 0; l < width; l++) sum += q[i * width + l]! * rRight[l * width + c]!
      u[i * rank + c] = sum
    }
  }
  const v = new Float64Array(n * rank)
  for (let j = 0; j < n; j++) {
    for (let c = 0; c < rank; c++) {
      let sum = 0
      for (let a = 0; a < width; a++) sum += p[a * n + j]! * rLeft[a * width + c]!
      v[j * rank + c] = sum
    }
  }
  return { rank, u, s, v }
}
