import { createRandom } from '../random'
import { nnz, squaredNorm, type CsrMatrix } from '../sparse/csr'
import { sparseOperator, type SparseOperator } from '../sparse/operator'
import { transposeDense } from '../sparse/products'
import { solveHals } from './hals'
import { initializeFactors, type Factors } from './init'
import { solveMultiplicative } from './mu'
import { NMF_DEFAULTS, type NmfOptions, type NmfResult } from './options'
import { penalties, type NmfProblem } from './problem'

function checkOptions(x: CsrMatrix, options: NmfOptions): void {
  const { k } = options
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number of topics, not ${k}.`)
  const init = options.init ?? NMF_DEFAULTS.init
  if (!options.start && init !== 'random' && k > Math.min(x.rows, x.cols)) {
    throw new RangeError(`NNDSVD needs k ≤ min(rows, cols) = ${Math.min(x.rows, x.cols)}; got ${k}. Use fewer topics or the random start.`)
  }
  for (let e = 0; e < nnz(x); e++) {
    if (!(x.data[e]! >= 0) || !Number.isFinite(x.data[e]!)) throw new RangeError('NMF needs a matrix of finite, non-negative values.')
  }
}

function customStart(x: CsrMatrix, k: number, start: { w: Float64Array; h: Float64Array }): Factors {
  if (start.w.length !== x.rows * k || start.h.length !== k * x.cols) throw new RangeError(`A custom start needs W ${x.rows} × ${k} and H ${k} × ${x.cols}.`)
  if ([...start.w, ...start.h].some((value) => !(value >= 0))) throw new RangeError('A custom start must be non-negative.')
  return { w: Float64Array.from(start.w), ht: transposeDense(start.h, k, x.cols) }
}

/**
 * Non-negative matrix factorization X ≈ W·H under the Frobenius norm, with scikit-learn's
 * semantics (`NMF(init, solver, tol, max_iter, alpha_W, alpha_H, l1_ratio)`): deterministic for a
 * given seed. HALS runs Gillis & Glineur's accelerated sweeps unless `innerSweeps` is 1.
 */
export function fitNmf(x: CsrMatrix, options: NmfOptions): NmfResult {
  checkOptions(x, options)
  const products = sparseOperator(x, { wasm: options.wasm })
  try {
    return solve(x, options, products)
  } finally {
    products.release()
  }
}

function solve(x: CsrMatrix, options: NmfOptions, products: SparseOperator): NmfResult {
  const { k } = options
  const random = options.random ?? createRandom(options.seed ?? NMF_DEFAULTS.seed)
  const factors = options.start ? customStart(x, k, options.start) : initializeFactors(x, k, options.init ?? NMF_DEFAULTS.init, random, { powerIterations: options.svdPowerIterations }, products)
  const problem: NmfProblem = {
    x,
    products,
    k,
    squaredNormX: squaredNorm(x),
    factors,
    ...penalties(options, x.rows, x.cols),
    tol: options.tol ?? NMF_DEFAULTS.tol,
    maxIterations: options.maxIterations ?? NMF_DEFAULTS.maxIterations,
    targetError: options.targetError ?? -1,
    onProgress: options.onProgress,
    signal: options.signal,
  }
  const outcome =
    (options.solver ?? NMF_DEFAULTS.solver) === 'mu'
      ? solveMultiplicative(problem)
      : solveHals(problem, { maxSweeps: options.innerSweeps, innerTolerance: options.innerTolerance ?? NMF_DEFAULTS.innerTolerance, extrapolate: options.extrapolate ?? true })
  return { rows: x.rows, cols: x.cols, k, w: factors.w, h: transposeDense(factors.ht, x.cols, k), ...outcome, engine: products.engine }
}
