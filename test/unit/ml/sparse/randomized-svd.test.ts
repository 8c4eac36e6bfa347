import { describe, expect, it } from 'vitest'
import { reference, referenceMatrix } from '../nmf-reference-matrix'
import { randomizedSvd } from '@/ml/linalg/randomized-svd'
import { createRandom } from '@/ml/random'
import { csrToDense, type CsrMatrix } from '@/ml/sparse/csr'

const x = referenceMatrix

describe('randomizedSvd', () => {
  it('finds the leading singular values numpy’s exact SVD gives', () => {
    const relative = (iterations: number): number[] => {
      const svd = randomizedSvd(x, reference.k, { random: createRandom(1), powerIterations: iterations })
      return [...svd.s].map((value, i) => Math.abs(value - reference.singularValues[i]!) / reference.singularValues[i]!)
    }
    expect(Math.max(...relative(4))).toBeLessThan(1e-6)
    expect(Math.max(...relative(15))).toBeLessThan(1e-12)
  })

  it('stops its power iterations once the values settle, and is then as accurate as asked', () => {
    const svd = randomizedSvd(x, reference.k, { random: createRandom(3), powerIterations: 50, convergence: 1e-13 })
    svd.s.forEach((value, i) => expect(Math.abs(value - reference.singularValues[i]!) / value).toBeLessThan(1e-11))
  })

  it('returns orthonormal vectors with X·v = σ·u', () => {
    const k = reference.k
    const svd = randomizedSvd(x, k, { random: createRandom(2), powerIterations: 15 })
    const dense = csrToDense(x)
    for (let c = 0; c < k; c++) {
      for (let d = 0; d < k; d++) {
        let uu = 0
        let vv = 0
        for (let i = 0; i < x.rows; i++) uu += svd.u[i * k + c]! * svd.u[i * k + d]!
        for (let j = 0; j < x.cols; j++) vv += svd.v[j * k + c]! * svd.v[j * k + d]!
        expect(uu).toBeCloseTo(c === d ? 1 : 0, 10)
        expect(vv).toBeCloseTo(c === d ? 1 : 0, 10)
      }
      for (let i = 0; i < x.rows; i++) {
        let xv = 0
        for (let j = 0; j < x.cols; j++) xv += dense[i * x.cols + j]! * svd.v[j * k + c]!
        expect(xv).toBeCloseTo(svd.s[c]! * svd.u[i * k + c]!, 9)
      }
    }
  })

  it('copes with a matrix of lower rank than the sketch', () => {
    const tiny: CsrMatrix = { rows: 3, cols: 3, indptr: Int32Array.from([0, 1, 2, 2]), indices: Int32Array.from([0, 0]), data: Float64Array.from([3, 4]) }
    const svd = randomizedSvd(tiny, 2, { random: createRandom(0) })
    expect(svd.s[0]).toBeCloseTo(5, 12)
    expect(svd.s[1]).toBeCloseTo(0, 12)
    expect([...svd.u, ...svd.v].every(Number.isFinite)).toBe(true)
    expect(() => randomizedSvd(tiny, 4, { random: createRandom(0) })).toThrow(RangeError)
  })
})
