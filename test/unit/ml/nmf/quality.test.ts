import { describe, expect, it } from 'vitest'
import { npmiCoherence, topicDiversity, topTerms } from '@/ml/nmf/quality'
import { createRandom } from '@/ml/random'
import { csrFromDense } from '@/ml/sparse/csr'

describe('topTerms', () => {
  it('lists the heaviest terms first, ties by lower index', () => {
    const H = [0.1, 0.5, 0.5, 0, 0.2, /* dead topic */ 0, 0, 0, 0, 0]
    expect(topTerms(H, 2, 5, 3).map((row) => [...row])).toEqual([[1, 2, 4], [0, 1, 2]])
    expect(topTerms(H, 2, 5, 9).map((row) => [...row])).toEqual([[1, 2, 4, 0, 3], [0, 1, 2, 3, 4]])
    expect(topTerms(H, 2, 5, 0).map((row) => row.length)).toEqual([0, 0])
  })

  it('agrees with a full sort on random weights with many ties', () => {
    const random = createRandom(7)
    const [k, n] = [6, 50]
    const H = Float64Array.from({ length: k * n }, () => Math.floor(random.next() * 8) / 8)
    const top = topTerms(H, k, n, 10)
    for (let t = 0; t < k; t++) {
      const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => H[t * n + b]! - H[t * n + a]! || a - b)
      expect([...top[t]!]).toEqual(order.slice(0, 10))
    }
  })

  it('rejects a mismatched shape', () => {
    expect(() => topTerms(new Float64Array(5), 2, 3, 2)).toThrow(RangeError)
    expect(() => topTerms(new Float64Array(6), 2, 3, -1)).toThrow(RangeError)
  })
})

// 4 documents × 4 terms; term 0 is in documents {0, 1, 2}, term 1 in {0, 1}, term 2 in {1, 3},
// term 3 in {3}. Any positive value is an occurrence; the values are TF-IDF-like on purpose.
const occurrence = csrFromDense(4, 4, [
  0.3, 0.9, 0, 0,
  0.1, 0.2, 0.7, 0,
  1.0, 0, 0, 0,
  0, 0, 0.4, 0.6,
])

describe('npmiCoherence', () => {
  it('matches hand-computed NPMI', () => {
    // NPMI(0,1) = ln((2/4) / (3/4 · 2/4)) / −ln(2/4) = ln(4/3) / ln 2
    // NPMI(0,2) = ln((1/4) / (3/4 · 2/4)) / −ln(1/4) = ln(2/3) / ln 4
    // NPMI(1,2) = ln((1/4) / (2/4 · 2/4)) / ln 4 = 0;  NPMI(2,3) = ln((1/4) / (2/4 · 1/4)) / ln 4 = 1/2
    // NPMI(0,3) = −1: never together.
    const coherence = npmiCoherence([[0, 1, 2], [2, 3], [3, 0], [1]], occurrence)
    expect(coherence[0]).toBeCloseTo((0.41503749927884376 - 0.29248125036057804 + 0) / 3, 15)
    expect(coherence[1]).toBeCloseTo(0.5, 15)
    expect(coherence[2]).toBe(-1)
    expect(coherence[3]).toBeNaN()
  })

  it('gives 1 to terms found together in every document', () => {
    expect([...npmiCoherence([[0, 1]], csrFromDense(2, 2, [1, 2, 3, 4]))]).toEqual([1])
  })

  it('agrees with a dense computation on random data', () => {
    const random = createRandom(11)
    const [rows, cols] = [30, 40]
    const dense = Float64Array.from({ length: rows * cols }, () => (random.next() < 0.2 ? random.next() : 0))
    const top = [[0, 5, 9, 12, 30], [1, 2, 3, 39], [5, 30, 7]]
    const documents = (j: number): number[] => Array.from({ length: rows }, (_, i) => i).filter((i) => dense[i * cols + j]! > 0)
    const oracle = top.map((terms) => {
      let sum = 0
      let pairs = 0
      for (let a = 0; a < terms.length; a++) {
        for (let b = a + 1; b < terms.length; b++) {
          const di = documents(terms[a]!)
          const dj = documents(terms[b]!)
          const both = di.filter((i) => dj.includes(i)).length
          const [pi, pj, pij] = [di.length / rows, dj.length / rows, both / rows]
          sum += both === 0 ? -1 : Math.log(pij / (pi * pj)) / -Math.log(pij)
          pairs++
        }
      }
      return sum / pairs
    })
    const coherence = npmiCoherence(top, csrFromDense(rows, cols, dense))
    oracle.forEach((value, t) => expect(coherence[t]).toBeCloseTo(value, 12))
  })

  it('rejects terms outside the matrix', () => {
    expect(() => npmiCoherence([[0, 4]], occurrence)).toThrow(RangeError)
  })
})

describe('topicDiversity', () => {
  it('is the share of unique top terms', () => {
    expect(topicDiversity([[0, 1, 2], [2, 3, 4]])).toBe(5 / 6)
    expect(topicDiversity([[0, 1], [1, 0]])).toBe(0.5)
    expect(topicDiversity([Int32Array.of(0, 1), Int32Array.of(2, 3)])).toBe(1)
    expect(topicDiversity([])).toBeNaN()
  })
})
