import { describe, expect, it } from 'vitest'
import { reference, referenceMatrix } from '../nmf-reference-matrix'
import { initializeFactors } from '@/ml/nmf/init'
import { fitNmf } from '@/ml/nmf/fit'
import { relativeReconstructionError } from '@/ml/nmf/reconstruction-error'
import { createRandom } from '@/ml/random'
import { transposeDense } from '@/ml/sparse/products'

const x = referenceMatrix
const { k } = reference
const start = { w: Float64Array.from(reference.init.nndsvda.w), h: Float64Array.from(reference.init.nndsvda.h) }

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length)
  let worst = 0
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!))
  return worst
}

describe('NMF against scikit-learn 1.2 (test/fixtures/ml/nmf-reference.json)', () => {
  it.each(['nndsvd', 'nndsvda'] as const)('%s starts where scikit-learn starts', (init) => {
    // scikit-learn's sketch: 10 extra columns, 4 power iterations ('auto' here). The random draws
    // differ, so the trailing vectors differ slightly: entries reach 2.1, differences stay small.
    const factors = initializeFactors(x, k, init, createRandom(0), { oversamples: 10, convergence: null })
    expect(maxDifference(factors.w, reference.init[init].w)).toBeLessThan(2e-3)
    expect(maxDifference(transposeDense(factors.ht, x.cols, k), reference.init[init].h)).toBeLessThan(2e-3)
  })

  it('plain HALS (one sweep) takes the very steps of scikit-learn’s cd solver', () => {
    const fit = fitNmf(x, { k, start, innerSweeps: 1, extrapolate: false, maxIterations: 25, tol: 0 })
    expect(fit.iterations).toBe(25)
    expect(maxDifference(fit.w, reference.cd25.w)).toBeLessThan(1e-10)
    expect(maxDifference(fit.h, reference.cd25.h)).toBeLessThan(1e-10)
    expect(fit.relativeError).toBeCloseTo(reference.cd25.relativeError, 12)
  })

  it('regularizes W and H as scikit-learn’s alpha_W and l1_ratio do', () => {
    const fit = fitNmf(x, { k, start, innerSweeps: 1, extrapolate: false, maxIterations: 25, tol: 0, alphaW: 0.002, l1Ratio: 0.5 })
    expect(maxDifference(fit.w, reference.cdRegularized.w)).toBeLessThan(1e-10)
    expect(maxDifference(fit.h, reference.cdRegularized.h)).toBeLessThan(1e-10)
  })

  it('multiplicative updates take the steps of scikit-learn’s mu solver', () => {
    const fit = fitNmf(x, { k, start, solver: 'mu', maxIterations: 25, tol: 0 })
    expect(maxDifference(fit.w, reference.mu25.w)).toBeLessThan(1e-10)
    expect(maxDifference(fit.h, reference.mu25.h)).toBeLessThan(1e-10)
  })

  it('stops on scikit-learn’s tolerance rule after as many iterations', () => {
    const fit = fitNmf(x, { k, start, innerSweeps: 1, extrapolate: false, maxIterations: 400, tol: 1e-4 })
    expect(fit.stoppedBy).toBe('tolerance')
    expect(fit.iterations).toBe(reference.cdConverged.iterations)
    expect(fit.relativeError).toBeCloseTo(reference.cdConverged.relativeError, 10)
  })

  it('accelerated HALS reaches scikit-learn’s converged error in fewer iterations', () => {
    const target = reference.cdConverged.relativeError * (1 + 1e-4)
    const fit = fitNmf(x, { k, seed: 0, maxIterations: 400, targetError: target })
    expect(fit.stoppedBy).toBe('target-error')
    expect(fit.iterations).toBeLessThan(reference.cdConverged.iterations)
    expect(relativeReconstructionError(x, fit.w, fit.h, k)).toBeLessThanOrEqual(target)
  })
})

describe('fitNmf', () => {
  it('reports the error it computes from products exactly as the direct computation', () => {
    for (const solver of ['hals', 'mu'] as const) {
      const fit = fitNmf(x, { k, solver, seed: 3, maxIterations: 30 })
      expect(fit.relativeError).toBeCloseTo(relativeReconstructionError(x, fit.w, fit.h, k), 12)
    }
  })

  it('is deterministic for a seed, and the random start depends on it', () => {
    const a = fitNmf(x, { k, init: 'random', seed: 7, maxIterations: 20 })
    const b = fitNmf(x, { k, init: 'random', seed: 7, maxIterations: 20 })
    const c = fitNmf(x, { k, init: 'random', seed: 8, maxIterations: 20 })
    expect(a.w).toEqual(b.w)
    expect(a.h).toEqual(b.h)
    expect(maxDifference(a.h, c.h)).toBeGreaterThan(1e-3)
  })

  it('keeps every factor non-negative and reports progress until cancelled', () => {
    const signal = { aborted: false }
    const seen: number[] = []
    const fit = fitNmf(x, {
      k,
      tol: 0,
      maxIterations: 100,
      signal,
      onProgress: ({ iteration }) => {
        seen.push(iteration)
        if (iteration === 5) signal.aborted = true
      },
    })
    expect(fit.stoppedBy).toBe('cancelled')
    expect(seen).toEqual([1, 2, 3, 4, 5])
    expect([...fit.w, ...fit.h].every((value) => value >= 0)).toBe(true)
  })

  it('refuses a k NNDSVD cannot give and a matrix with negative values', () => {
    expect(() => fitNmf(x, { k: 41 })).toThrow(RangeError)
    expect(() => fitNmf({ ...x, data: x.data.map((value, i) => (i === 3 ? -value : value)) }, { k })).toThrow(/non-negative/)
  })
})
