import type { CsrMatrix } from '../sparse/csr'
import { gram, multiplyDense, sparseMean, transposeDense } from '../sparse/products'
import { halsSweep } from './hals-sweep'

export interface FoldInOptions {
  /** Most coordinate sweeps per row (default 500). */
  maxSweeps?: number
  /** A row stops when its last sweep moved it by at most this fraction of its first sweep's move (default 1e-4). */
  tolerance?: number
}

/**
 * Topic weights for new documents with the topics fixed: each row of W solves the non-negative
 * least-squares problem min ‖x − w·H‖, w ≥ 0, by coordinate descent on that row alone (rows are
 * independent once X·Hᵀ and H·Hᵀ are known). Starts as scikit-learn's `transform` does, from
 * √(mean(X)/k), and runs each row to convergence rather than to a batch-wide tolerance.
 * `h` is k × cols, row-major; the result is rows × k.
 */
export function foldIn(x: CsrMatrix, h: Float64Array, k: number, options: FoldInOptions = {}): Float64Array {
  if (h.length !== k * x.cols) throw new RangeError(`H must be ${k} × ${x.cols} for this vocabulary.`)
  const ht = transposeDense(h, k, x.cols)
  const cross = multiplyDense(x, ht, k, new Float64Array(x.rows * k))
  const hht = gram(ht, x.cols, k)
  const w = new Float64Array(x.rows * k).fill(Math.sqrt(sparseMean(x) / k))
  halsSweep(w, x.rows, k, cross, hht, { l1: 0, l2: 0 }, options.maxSweeps ?? 500, options.tolerance ?? 1e-4)
  return w
}
