import { describe, expect, it } from 'vitest'
import { csrToDense } from '@/ml/sparse/csr'
import { compareCodePoints } from '@/ml/text/compare'
import { buildVocabulary, countTerms, termIndex } from '@/ml/text/vocabulary'

// df: sea 3, whale 3, ship 2, ahab 1, kraken 1; tf: whale 5, sea 3, ship 2, ahab 2, kraken 1.
const documents = [
  ['whale', 'sea', 'whale', 'ahab', 'ahab'],
  ['sea', 'ship', 'whale'],
  ['whale', 'whale', 'sea', 'ship'],
  ['kraken'],
]

describe('buildVocabulary', () => {
  it('counts document and term frequencies, terms sorted', () => {
    const vocabulary = buildVocabulary(documents)
    expect(vocabulary.terms).toEqual(['ahab', 'kraken', 'sea', 'ship', 'whale'])
    expect([...vocabulary.documentFrequency]).toEqual([1, 1, 3, 2, 3])
    expect([...vocabulary.termFrequency]).toEqual([2, 1, 3, 2, 5])
  })

  it('prunes by document count and by proportion, bounds included', () => {
    expect(buildVocabulary(documents, { minDf: 2 }).terms).toEqual(['sea', 'ship', 'whale'])
    expect(buildVocabulary(documents, { maxDf: 2 }).terms).toEqual(['ahab', 'kraken', 'ship'])
    // 0.5 × 4 documents = 2: df ≤ 2 stays, as scikit-learn's max_df=0.5.
    expect(buildVocabulary(documents, { maxDf: { proportion: 0.5 } }).terms).toEqual(['ahab', 'kraken', 'ship'])
    // 0.6 × 4 = 2.4: df ≥ 2.4 means df ≥ 3.
    expect(buildVocabulary(documents, { minDf: { proportion: 0.6 } }).terms).toEqual(['sea', 'whale'])
    // A count of 1 is one document, not 100 %.
    expect(buildVocabulary(documents, { maxDf: 1 }).terms).toEqual(['ahab', 'kraken'])
    expect(buildVocabulary(documents, { maxDf: { proportion: 1 } }).terms).toHaveLength(5)
  })

  it('keeps the maxFeatures most frequent terms, ties going to the alphabetically first', () => {
    expect(buildVocabulary(documents, { maxFeatures: 2 }).terms).toEqual(['sea', 'whale'])
    // ahab and ship tie at 2 occurrences: ahab comes first.
    expect(buildVocabulary(documents, { maxFeatures: 3 }).terms).toEqual(['ahab', 'sea', 'whale'])
    // maxFeatures chooses among the terms df pruning left: without sea and whale, ahab and ship.
    expect(buildVocabulary(documents, { maxDf: 2, maxFeatures: 2 }).terms).toEqual(['ahab', 'ship'])
    expect(buildVocabulary(documents, { maxDf: 2, maxFeatures: 1 }).terms).toEqual(['ahab'])
    expect(buildVocabulary(documents, { maxFeatures: 10 }).terms).toHaveLength(5)
    expect(buildVocabulary(documents, { maxFeatures: null }).terms).toHaveLength(5)
  })

  it('sorts by code point as Python does', () => {
    const terms = ['\u{1F40B}whale', '\uFF57hale', 'whale', 'Whale', 'éa']
    expect(buildVocabulary([terms]).terms).toEqual(['Whale', 'whale', 'éa', '\uFF57hale', '\u{1F40B}whale'])
  })

  it('fails with scikit-learn’s messages', () => {
    expect(() => buildVocabulary(documents, { minDf: 3, maxDf: 2 })).toThrow(new RangeError('max_df corresponds to < documents than min_df'))
    expect(() => buildVocabulary(documents, { minDf: 4 })).toThrow(/^After pruning, no terms remain/)
    expect(() => buildVocabulary([[], []])).toThrow(/^empty vocabulary/)
    expect(() => buildVocabulary([])).toThrow(RangeError)
  })

  it('rejects bounds out of range', () => {
    expect(() => buildVocabulary(documents, { minDf: 1.5 })).toThrow(RangeError)
    expect(() => buildVocabulary(documents, { minDf: -1 })).toThrow(RangeError)
    expect(() => buildVocabulary(documents, { maxDf: { proportion: 1.1 } })).toThrow(RangeError)
    expect(() => buildVocabulary(documents, { maxDf: { proportion: Number.NaN } })).toThrow(RangeError)
    expect(() => buildVocabulary(documents, { maxFeatures: 0 })).toThrow(RangeError)
  })
})

describe('countTerms', () => {
  it('counts occurrences over a fixed vocabulary, ignoring other tokens', () => {
    const counts = countTerms([...documents, ['squid', 'sea']], termIndex(['sea', 'ship', 'whale']))
    expect([counts.rows, counts.cols]).toEqual([5, 3])
    expect([...csrToDense(counts)]).toEqual([1, 0, 2, 1, 1, 1, 1, 1, 2, 0, 0, 0, 1, 0, 0])
  })
})

describe('compareCodePoints', () => {
  it('orders astral characters after the rest of the BMP, unlike <', () => {
    expect('\u{1F40B}' < '\uFF57').toBe(true) // UTF-16 order
    expect(compareCodePoints('\u{1F40B}', '\uFF57')).toBeGreaterThan(0)
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0)
    expect(compareCodePoints('b', 'abc')).toBeGreaterThan(0)
    expect(compareCodePoints('same', 'same')).toBe(0)
  })
})
