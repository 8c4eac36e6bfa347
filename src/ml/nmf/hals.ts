import { gram, multiplyDense, multiplyTransposeDense } from '../sparse/products'
import { halsSweep } from './hals-sweep'
import { relativeErrorFromProducts, type NmfProblem, type SolverOutcome } from './problem'

export interface HalsSettings {
  /** Most sweeps per product of X; 1 is plain HALS (scikit-learn's cd). */
  maxSweeps?: number
  innerTolerance: number
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
  const { x, k } = problem
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
  let firstViolation = 0
  let relativeError = Number.NaN
  for (let iteration = 1; iteration <= problem.maxIterations; iteration++) {
    multiplyDense(x, ht, k, xht)
    let violation = halsSweep(w, m, k, xht, hht, problem.penaltyW, sweepsW, settings.innerTolerance)
    gram(w, m, k, wtw)
    multiplyTransposeDense(x, w, k, xtw)
    violation += halsSweep(ht, n, k, xtw, wtw, problem.penaltyH, sweepsH, settings.innerTolerance)
    gram(ht, n, k, hht)
    relativeError = relativeErrorFromProducts(problem, xtw, ht, wtw, hht)
    problem.onProgress?.({ iteration, relativeError })
    if (iteration === 1) firstViolation = violation
    if (relativeError <= problem.targetError) return { iterations: iteration, relativeError, stoppedBy: 'target-error' }
    if (firstViolation === 0 || violation <= problem.tol * firstViolation) return { iterations: iteration, relativeError, stoppedBy: 'tolerance' }
    if (problem.signal?.aborted) return { iterations: iteration, relativeError, stoppedBy: 'cancelled' }
  }
  return { iterations: problem.maxIterations, relativeError, stoppedBy: 'max-iterations' }
}
