import { gram } from '../sparse/products'
import { Extrapolation, extrapolate } from './extrapolation'
import { halsSweep } from './hals-sweep'
import { relativeErrorFromProducts, type NmfProblem, type SolverOutcome } from './problem'

const ENGAGE_BELOW = 0.002

export interface HalsSettings {
  /** Most sweeps per product of X; 1 is plain HALS (scikit-learn's cd). */
  maxSweeps?: number
  innerTolerance: number
  /** Move each factor on along its last step between updates (Ang & Gillis 2019). */
  extrapolate: boolean
}

/**
 * Gillis & Glineur's bound on useful inner sweeps, ⌊1 + α·ρ⌋ with α = 0.5, where ρ compares the
 * cost of the products a factor's update needs (X·G and GᵀG) with the cost of one sweep.
 */
export function acceleratedSweeps(nnz: number, rows: number, cols: number, k: number): number {
  const rho = (nnz * k + cols * k * k) / (rows * k * k + rows * k)
  return Math.max(1, Math.min(Math.floor(1 + 0.5 * rho), 50))
}

/**
 * Fits by hierarchical alternating least squares: each iteration updates W for the current H,
 * then H for the new W. The products with X are computed once per update; the error comes from
 * them at no extra pass over X.
 */
export function solveHals(problem: NmfProblem, settings: HalsSettings): SolverOutcome {
  const { x, products, k } = problem
  const { w, ht } = problem.factors
  const m = x.rows
  const n = x.cols
  const nnz = x.indptr[m]!
  const sweepsW = settings.maxSweeps ?? acceleratedSweeps(nnz, m, n, k)
  const sweepsH = settings.maxSweeps ?? acceleratedSweeps(nnz, n, m, k)
  const xht = new Float64Array(m * k)
  const xtw = new Float64Array(n * k)
  const hht = gram(ht, n, k)
  const wtw = new Float64Array(k * k)
  const extrapolation = settings.extrapolate ? new Extrapolation() : null
  // With extrapolation: the last plain (not extrapolated) iterates, which give the direction of
  // the next move, and the best pair so far, which a rise in the error goes back to.
  const wPlain = extrapolation ? Float64Array.from(w) : w
  const htPlain = extrapolation ? Float64Array.from(ht) : ht
  const wBest = extrapolation ? Float64Array.from(w) : w
  const htBest = extrapolation ? Float64Array.from(ht) : ht
  let bestError = Number.POSITIVE_INFINITY
  let engaged = false
  let firstViolation = 0
  let relativeError = Number.NaN
  const finish = (iterations: number, stoppedBy: SolverOutcome['stoppedBy']): SolverOutcome => {
    if (extrapolation && relativeError > bestError) {
      w.set(wBest)
      ht.set(htBest)
      relativeError = bestError
    }
    return { iterations, relativeError, stoppedBy }
  }
  for (let iteration = 1; ; iteration++) {
    products.multiply(ht, k, xht)
    let violation = halsSweep(w, m, k, xht, hht, problem.penaltyW, sweepsW, settings.innerTolerance)
    const beta = engaged ? extrapolation!.beta : 0
    if (extrapolation) extrapolate(w, wPlain, beta)
    gram(w, m, k, wtw)
    products.multiplyTranspose(w, k, xtw)
    violation += halsSweep(ht, n, k, xtw, wtw, problem.penaltyH, sweepsH, settings.innerTolerance)
    gram(ht, n, k, hht)
    // The error of the pair held now: W (moved on, when extrapolating) and the H fitted to it.
    relativeError = relativeErrorFromProducts(problem.squaredNormX, xtw, ht, wtw, hht)
    problem.onProgress?.({ iteration, relativeError })
    if (iteration === 1) firstViolation = violation
    if (relativeError <= problem.targetError) return finish(iteration, 'target-error')
    if (firstViolation === 0 || violation <= problem.tol * firstViolation) return finish(iteration, 'tolerance')
    if (problem.signal?.aborted) return finish(iteration, 'cancelled')
    if (iteration >= problem.maxIterations) return finish(iteration, 'max-iterations')
    if (!extrapolation) continue
    // Early iterations make large gains by themselves, and moving on from them overshoots: extrapolate
    // once an iteration improves the error by less than ENGAGE_BELOW of itself.
    if (!engaged && bestError - relativeError < ENGAGE_BELOW * relativeError) engaged = true
    if (extrapolation.accept(relativeError)) {
      bestError = relativeError
      wBest.set(w)
      htBest.set(ht)
      extrapolate(ht, htPlain, beta)
    } else {
      // The error rose: go back to the best pair, with no momentum.
      for (const [target, source] of [[w, wBest], [wPlain, wBest], [ht, htBest], [htPlain, htBest]] as const) target.set(source)
    }
    gram(ht, n, k, hht)
  }
}
