import { describe, expect, it } from 'vitest'
import { reference, referenceMatrix } from '../nmf-reference-matrix'
import { fitNmf } from '@/ml/nmf/fit'
import { fitOnlineNmf } from '@/ml/nmf/online'
import { relativeReconstructionError } from '@/ml/nmf/reconstruction-error'
import { foldIn } from '@/ml/nmf/transform'
import { createRandom } from '@/ml/random'
import { csrFromTriplets, type CsrMatrix } from '@/ml/sparse/csr'

const x = referenceMatrix

/** Rows mixing `topics` planted patterns over `cols` terms, a third of each row's entries kept. */
function planted(rows: number, cols: number, topics: number, seed: number): CsrMatrix {
  const random = createRandom(seed)
  const patterns = Array.from({ length: topics }, () => Float64Array.from({ length: cols }, () => (random.next() < 0.2 ? random.next() : 0)))
  const r: number[] = []
  const c: number[] = []
  const v: number[] = []
  for (let i = 0; i < rows; i++) {
    const a = Math.floor(random.next() * topics)
    const b = Math.floor(random.next() * topics)
    for (let j = 0; j < cols; j++) {
      const value = patterns[a]![j]! + 0.5 * patterns[b]![j]!
      if (value === 0 || random.next() >= 0.6) continue
      r.push(i)
      c.push(j)
      v.push(value)
    }
  }
  return csrFromTriplets(rows, cols, r, c, v)
}

describe('foldIn', () => {
  it('gives each row the exact non-negative least-squares weights (scipy.optimize.nnls)', () => {
    const worst = (w: Float64Array): number => Math.max(...w.map((value, i) => Math.abs(value - reference.foldIn.w[i]!)))
    const quick = foldIn(x, Float64Array.from(reference.cdConverged.h), reference.k)
    expect(worst(quick)).toBeLessThan(1e-4) // weights are about 0.1–2
    const tight = foldIn(x, Float64Array.from(reference.cdConverged.h), reference.k, { tolerance: 1e-9, maxSweeps: 5000 })
    expect(worst(tight)).toBeLessThan(1e-9)
    expect(tight.every((value) => value >= 0)).toBe(true)
  })

  it('refuses topics of another vocabulary size', () => {
    expect(() => foldIn(x, new Float64Array(reference.k * (reference.cols + 1)), reference.k)).toThrow(RangeError)
  })
})

describe('fitOnlineNmf', () => {
  it('comes within 2% of the batch fit’s error in one pass of mini-batches, deterministically', () => {
    const big = planted(3000, 300, 6, 4)
    const batch = fitNmf(big, { k: 6, maxIterations: 200 })
    const online = fitOnlineNmf(big, { k: 6, batchSize: 256, epochs: 2, seed: 1 })
    const again = fitOnlineNmf(big, { k: 6, batchSize: 256, epochs: 2, seed: 1 })
    expect(online.h).toEqual(again.h)
    const onlineError = relativeReconstructionError(big, online.w, online.h, 6)
    expect(onlineError).toBeLessThan(batch.relativeError * 1.02)
  })

  it('continues from earlier topics and reports per-batch progress', () => {
    const big = planted(1200, 200, 4, 5)
    const start = fitNmf(big, { k: 4, maxIterations: 50 }).h
    const seen: number[] = []
    const online = fitOnlineNmf(big, { k: 4, batchSize: 300, startH: start, onProgress: ({ relativeError }) => seen.push(relativeError) })
    expect(seen).toHaveLength(4)
    expect(seen.every((error) => error > 0 && error < 1)).toBe(true)
    expect(online.w).toHaveLength(1200 * 4)
  })
})
