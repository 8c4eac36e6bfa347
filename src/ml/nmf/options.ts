import type { Random } from '../random'
import type { NmfInit } from './init'

/** What a fit reports while it runs; the worker forwards it to the page. */
export interface NmfProgress {
  iteration: number
  /** ‖X − WH‖F / ‖X‖F after this iteration. */
  relativeError: number
}

/** Why a fit stopped. */
export type NmfStop = 'tolerance' | 'target-error' | 'max-iterations' | 'cancelled'

export interface NmfOptions {
  /** Number of topics. */
  k: number
  /** 'hals' (default): Cichocki & Phan's fast HALS, accelerated as Gillis & Glineur 2012. 'mu': Lee & Seung. */
  solver?: 'hals' | 'mu'
  init?: NmfInit
  /** Start from these factors instead (scikit-learn's init='custom'): W rows × k, H k × cols, row-major; copied. */
  start?: { w: Float64Array; h: Float64Array }
  /** Power iterations of the randomized SVD behind NNDSVD (default: scikit-learn's 'auto' rule). */
  svdPowerIterations?: number
  /** Seeds the random sketch of NNDSVD and the random start. */
  seed?: number
  /** Or a generator of one's own (takes precedence over `seed`). */
  random?: Random
  /**
   * Stopping tolerance, scikit-learn's: HALS stops when the projected-gradient norm (summed over W
   * and H, taken at the start of each iteration) falls to `tol` times its first value; MU when the
   * error improved by less than `tol` times the starting error over the last 10 iterations.
   */
  tol?: number
  maxIterations?: number
  /** Stop as soon as the relative error is at or below this. */
  targetError?: number
  /** Regularization as scikit-learn's `alpha_W`, `alpha_H` and `l1_ratio` (scaled by the other side's size). */
  alphaW?: number
  alphaH?: number
  l1Ratio?: number
  /**
   * HALS: the most sweeps over W (or H) per product of X, and the ratio of the last sweep's change
   * to the first under which sweeping stops (Gillis & Glineur's α-bound and ε = 0.1). 1 gives
   * plain HALS, as scikit-learn's cd.
   */
  innerSweeps?: number
  innerTolerance?: number
  /** HALS: extrapolate between updates (Ang & Gillis 2019); default true. False with `innerSweeps` 1 is scikit-learn's cd. */
  extrapolate?: boolean
  /** Use the WebAssembly SIMD kernels when they load (default true); false forces the TypeScript ones. */
  wasm?: boolean
  onProgress?: (progress: NmfProgress) => void
  /** Checked once an iteration; an aborted fit returns the factors it had. */
  signal?: { readonly aborted: boolean }
}

export interface NmfResult {
  rows: number
  cols: number
  k: number
  /** rows × k, row-major: each document's topic weights. */
  w: Float64Array
  /** k × cols, row-major: each topic's term weights (scikit-learn's `components_`). */
  h: Float64Array
  iterations: number
  relativeError: number
  stoppedBy: NmfStop
  /** Which kernels computed the products with X. */
  engine: 'wasm' | 'js'
}

export const NMF_DEFAULTS = { solver: 'hals', init: 'nndsvda', seed: 0, tol: 1e-4, maxIterations: 200, alphaW: 0, l1Ratio: 0, innerTolerance: 0.1 } as const
