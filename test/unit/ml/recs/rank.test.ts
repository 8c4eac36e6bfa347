import { describe, expect, it } from 'vitest'
import { cosine, maximalMarginalRelevance } from '@/ml/recs/rank'

interface Item {
  id: string
  score: number
  vector: number[]
}

const items: Item[] = [
  { id: 'whale-1', score: 0.95, vector: [1, 0] },
  { id: 'whale-2', score: 0.94, vector: [0.99, 0.01] },
  { id: 'whale-3', score: 0.93, vector: [0.98, 0.02] },
  { id: 'law-1', score: 0.6, vector: [0, 1] },
  { id: 'mixed', score: 0.5, vector: [0.7, 0.7] },
]
const options = { relevance: (item: Item) => item.score, similarity: (a: Item, b: Item) => cosine(a.vector, b.vector) }

describe('maximalMarginalRelevance', () => {
  it('with λ = 1 ranks by relevance alone', () => {
    expect(maximalMarginalRelevance(items, { ...options, count: 3, lambda: 1 }).map((item) => item.id)).toEqual(['whale-1', 'whale-2', 'whale-3'])
  })

  it('with λ = 0.7 lets a different item in before near-duplicates of the best', () => {
    // whale-2: 0.7·0.94 − 0.3·0.99995 ≈ 0.358; law-1: 0.7·0.6 − 0 = 0.42.
    expect(maximalMarginalRelevance(items, { ...options, count: 3 }).map((item) => item.id)).toEqual(['whale-1', 'law-1', 'whale-2'])
  })

  it('returns every item at most once, and no more than there are', () => {
    const all = maximalMarginalRelevance(items, { ...options, count: 10, lambda: 0.5 })
    expect(new Set(all.map((item) => item.id)).size).toBe(5)
  })
})

describe('cosine', () => {
  it('measures angles and treats zero vectors as unrelated', () => {
    expect(cosine([1, 0], [0, 1])).toBe(0)
    expect(cosine([2, 2], [1, 1])).toBeCloseTo(1, 12)
    expect(cosine([0, 0], [1, 1])).toBe(0)
    expect(() => cosine([1], [1, 2])).toThrow(RangeError)
  })
})
