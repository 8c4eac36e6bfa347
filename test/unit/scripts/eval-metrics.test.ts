import { describe, expect, it } from 'vitest'
import { intraListDiversity, ndcgAt, novelty, precisionAt, recallAt } from '../../../scripts/eval/metrics'

const relevant = new Set(['a', 'b', 'c'])

describe('evaluation metrics', () => {
  it('precision and recall at k count relevant items in the first k', () => {
    expect(precisionAt(['a', 'x', 'b', 'y'], relevant, 4)).toBe(0.5)
    expect(recallAt(['a', 'x', 'b', 'y'], relevant, 4)).toBeCloseTo(2 / 3, 12)
    expect(recallAt(['a'], new Set(), 1)).toBe(0)
  })

  it('nDCG rewards relevant items near the top (binary gains, log2 discounts)', () => {
    expect(ndcgAt(['a', 'b', 'c'], relevant, 3)).toBe(1)
    const late = ndcgAt(['x', 'y', 'a'], relevant, 3)
    expect(late).toBeCloseTo(0.5 / (1 + 1 / Math.log2(3) + 0.5), 12)
    expect(ndcgAt(['x'], relevant, 1)).toBe(0)
  })

  it('diversity is 1 − mean pairwise similarity; novelty is mean self-information', () => {
    const similarity = (a: string, b: string): number => (a[0] === b[0] ? 1 : 0)
    expect(intraListDiversity(['a1', 'a2', 'b1'], similarity)).toBeCloseTo(1 - 1 / 3, 12)
    expect(intraListDiversity(['a1'], similarity)).toBe(0)
    expect(novelty(['p', 'q'], new Map([['p', 3]]), 3)).toBeCloseTo((-Math.log2(4 / 4) - Math.log2(1 / 4)) / 2, 12)
  })
})
