import { createRandom } from '../random'
import { squaredNorm, type CsrMatrix } from '../sparse/csr'
import { sliceRows } from '../sparse/row-slice'
import { gram, multiplyTransposeDense, transposeDense } from '../sparse/products'
import { halsSweep } from './hals-sweep'
import { initializeFactors } from './init'
import type { NmfProgress } from './options'
import { relativeErrorFromProducts } from './problem'
import { foldIn } from './transform'

export interface OnlineNmfOptions {
  k: number
  /** Rows per mini-batch (scikit-learn's MiniBatchNMF: 1024). */
  batchSize?: number
  /** Passes over the rows. */
  epochs?: number
  /** Weight kept of the past statistics per batch; scikit-learn's forget_factor (0.7). */
  forgetFactor?: number
  seed?: number
  /** Topics to continue from (k × cols): a refit of a grown library starts where the last one ended. */
  startH?: Float64Array
  onProgress?: (progress: NmfProgress) => void
  signal?: { readonly aborted: boolean }
}

/**
 * Online NMF for large libraries (Lefèvre, Bach & Févotte 2011; Mairal et al. 2010; scikit-learn's
 * MiniBatchNMF for the Frobenius loss): each mini-batch's W is solved with H fixed, the sufficient
 * statistics A = Σ XᵀW and B = Σ WᵀW are updated with a forgetting factor, and H takes HALS steps
 * against them. Memory and time per batch do not grow with the library, and every row's final
 * weights come from one fold-in against the final topics. Returns H (k × cols) and W (rows × k).
 */
export function fitOnlineNmf(x: CsrMatrix, options: OnlineNmfOptions): { h: Float64Array; w: Float64Array } {
  const { k } = options
  const batchSize = Math.max(k, options.batchSize ?? 1024)
  const forget = options.forgetFactor ?? 0.7
  const n = x.cols
  // Start from NNDSVDa of the first batch, or from the topics given.
  const first = sliceRows(x, 0, Math.min(x.rows, Math.max(batchSize, k)))
  const ht = options.startH ? transposeDense(options.startH, k, n) : initializeFactors(first, k, 'nndsvda', createRandom(options.seed ?? 0)).ht
  const a = new Float64Array(n * k)
  const b = new Float64Array(k * k)
  const batchA = new Float64Array(n * k)
  const batchB = new Float64Array(k * k)
  const hht = new Float64Array(k * k)
  let step = 0
  for (let epoch = 0; epoch < (options.epochs ?? 1); epoch++) {
    for (let start = 0; start < x.rows; start += batchSize) {
      const batch = sliceRows(x, start, Math.min(x.rows, start + batchSize))
      const w = foldIn(batch, transposeDense(ht, n, k), k, { maxSweeps: 50, tolerance: 1e-2 })
      multiplyTransposeDense(batch, w, k, batchA)
      gram(w, batch.rows, k, batchB)
      // The first batch sets the statistics; later ones blend in, older batches fading by `forget`.
      const keep = step === 0 ? 0 : forget
      for (let e = 0; e < a.length; e++) a[e] = keep * a[e]! + batchA[e]!
      for (let e = 0; e < b.length; e++) b[e] = keep * b[e]! + batchB[e]!
      const batchError = relativeErrorFromProducts(squaredNorm(batch), batchA, ht, batchB, gram(ht, n, k, hht))
      halsSweep(ht, n, k, a, b, { l1: 0, l2: 0 }, 3, 0.1)
      step++
      options.onProgress?.({ iteration: step, relativeError: batchError })
      if (options.signal?.aborted) break
    }
  }
  const h = transposeDense(ht, n, k)
  return { h, w: foldIn(x, h, k) }
}
