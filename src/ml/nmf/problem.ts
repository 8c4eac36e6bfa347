import type { CsrMatrix } from '../sparse/csr'
import type { SparseOperator } from '../sparse/operator'
import type { Factors } from './init'
import type { NmfOptions, NmfProgress, NmfStop } from './options'
import type { Penalty } from './hals-sweep'

/** Everything a solver needs, prepared once by `fitNmf`. */
export interface NmfProblem {
  x: CsrMatrix
  /** X·B and Xᵀ·B, in WebAssembly when it loads. */
  products: SparseOperator
  k: number
  /** ‖X‖²_F. */
  squaredNormX: number
  factors: Factors
  penaltyW: Penalty
  penaltyH: Penalty
  tol: number
  maxIterations: number
  targetError: number
  onProgress: ((progress: NmfProgress) => void) | undefined
  signal: { readonly aborted: boolean } | undefined
}

export interface SolverOutcome {
  iterations: number
  relativeError: number
  stoppedBy: NmfStop
}

/**
 * ‖X − WH‖F / ‖X‖F from products a solver has anyway: ‖X‖² − 2⟨XᵀW, Hᵀ⟩ + ⟨WᵀW, HHᵀ⟩, which costs
 * (cols × k) instead of a pass over X. Rounding can push a near-perfect fit below zero: clamp.
 */
export function relativeErrorFromProducts(squaredNormX: number, xtw: Float64Array, ht: Float64Array, wtw: Float64Array, hht: Float64Array): number {
  let cross = 0
  for (let e = 0; e < ht.length; e++) cross += xtw[e]! * ht[e]!
  let quadratic = 0
  for (let e = 0; e < wtw.length; e++) quadratic += wtw[e]! * hht[e]!
  const squared = Math.max(squaredNormX - 2 * cross + quadratic, 0)
  return squaredNormX === 0 ? 0 : Math.sqrt(squared / squaredNormX)
}

/** scikit-learn's scaling of alpha by the other side's size, split by l1_ratio. */
export function penalties(options: NmfOptions, rows: number, cols: number): { penaltyW: Penalty; penaltyH: Penalty } {
  const alphaW = options.alphaW ?? 0
  const alphaH = options.alphaH ?? alphaW
  const l1Ratio = options.l1Ratio ?? 0
  return {
    penaltyW: { l1: cols * alphaW * l1Ratio, l2: cols * alphaW * (1 - l1Ratio) },
    penaltyH: { l1: rows * alphaH * l1Ratio, l2: rows * alphaH * (1 - l1Ratio) },
  }
}
