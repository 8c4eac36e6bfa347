import { gram } from '../sparse/products'
import type { Penalty } from './hals-sweep'
import { relativeErrorFromProducts, type NmfProblem, type SolverOutcome } from './problem'

/** Keeps a denominator off zero, as scikit-learn's EPSILON (float64 machine epsilon). */
const EPSILON = 2.220446049250313e-16

/**
 * F ← F ∘ cross / (F·gram + penalties): the multiplicative step for one factor (rows × k) given
 * `cross` = X·G and `gram` = GᵀG, as scikit-learn's `_multiplicative_update_w` for β = 2.
 */
function multiplicativeStep(factor: Float64Array, rows: number, k: number, cross: Float64Array, gramMatrix: Float64Array, penalty: Penalty): void {
  const updated = new Float64Array(k)
  for (let i = 0; i < rows; i++) {
    const row = i * k
    for (let t = 0; t < k; t++) {
      let denominator = penalty.l1 + penalty.l2 * factor[row + t]!
      for (let r = 0; r < k; r++) denominator += factor[row + r]! * gramMatrix[r * k + t]!
      updated[t] = (factor[row + t]! * Math.max(cross[row + t]!, 0)) / (denominator === 0 ? EPSILON : denominator)
    }
    factor.set(updated, row)
  }
}

/**
 * Lee & Seung's multiplicative updates, for comparison with HALS. Stops as scikit-learn's `mu`:
 * every 10 iterations, when the error improved by less than `tol` times the starting error.
 */
export function solveMultiplicative(problem: NmfProblem): SolverOutcome {
  const { x, products, k } = problem
  const { w, ht } = problem.factors
  const m = x.rows
  const n = x.cols
  const xht = new Float64Array(m * k)
  const xtw = new Float64Array(n * k)
  const hht = gram(ht, n, k)
  const wtw = gram(w, m, k)
  products.multiplyTranspose(w, k, xtw)
  const startError = relativeErrorFromProducts(problem.squaredNormX, xtw, ht, wtw, hht)
  let previousError = startError
  let relativeError = startError
  for (let iteration = 1; iteration <= problem.maxIterations; iteration++) {
    products.multiply(ht, k, xht)
    multiplicativeStep(w, m, k, xht, hht, problem.penaltyW)
    gram(w, m, k, wtw)
    products.multiplyTranspose(w, k, xtw)
    multiplicativeStep(ht, n, k, xtw, wtw, problem.penaltyH)
    gram(ht, n, k, hht)
    relativeError = relativeErrorFromProducts(problem.squaredNormX, xtw, ht, wtw, hht)
    problem.onProgress?.({ iteration, relativeError })
    if (relativeError <= problem.targetError) return { iterations: iteration, relativeError, stoppedBy: 'target-error' }
    if (problem.signal?.aborted) return { iterations: iteration, relativeError, stoppedBy: 'cancelled' }
    if (iteration % 10 === 0) {
      if ((previousError - relativeError) / startError < problem.tol) return { iterations: iteration, relativeError, stoppedBy: 'tolerance' }
      previousError = relativeError
    }
  }
  return { iterations: problem.maxIterations, relativeError, stoppedBy: 'max-iterations' }
}
