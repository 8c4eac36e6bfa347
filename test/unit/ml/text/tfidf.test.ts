import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csrToDense, type CsrMatrix } from '@/ml/sparse/csr'
import { fitTfidf, transformTfidf, type TfidfOptions } from '@/ml/text/tfidf'

const documents = [['whale', 'sea', 'whale'], ['sea', 'ship'], ['whale']]

// Hand-checked: n = 3, df(sea) = df(whale) = 2, df(ship) = 1, so idf = ln(4/3) + 1 and ln(4/2) + 1.
// Every value below is also what scikit-learn 1.2.1 prints for the same documents.
const IDF_2 = 1.2876820724517808
const IDF_1 = 1.6931471805599454

function dense(matrix: CsrMatrix): number[][] {
  const values = csrToDense(matrix)
  return Array.from({ length: matrix.rows }, (_, i) => [...values.subarray(i * matrix.cols, (i + 1) * matrix.cols)])
}

function expectClose(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length)
  actual.forEach((row, i) => row.forEach((value, j) => expect(value).toBeCloseTo(expected[i]![j]!, 14)))
}

describe('fitTfidf', () => {
  it('weighs with smooth idf and l2 rows by default', () => {
    const fit = fitTfidf(documents)
    expect(fit.vocabulary).toEqual(['sea', 'ship', 'whale'])
    expect([...fit.idf]).toEqual([IDF_2, IDF_1, IDF_2])
    // Row 0: (1, 0, 2) × idf(sea) = idf(whale), normalized: (1, 0, 2) / √5.
    // Row 1: (IDF_2, IDF_1, 0) / √(IDF_2² + IDF_1²).
    expectClose(dense(fit.matrix), [
      [1 / Math.sqrt(5), 0, 2 / Math.sqrt(5)],
      [0.6053485081062916, 0.7959605415681652, 0],
      [0, 0, 1],
    ])
  })

  it('follows scikit-learn’s other weightings', () => {
    const cases: [TfidfOptions, number[][]][] = [
      [{ sublinearTf: true }, [[0.5085423203783267, 0, 0.8610369959439763], [0.6053485081062916, 0.7959605415681652, 0], [0, 0, 1]]],
      [{ smoothIdf: false }, [[0.447213595499958, 0, 0.894427190999916], [0.5564505207186617, 0.830880748357988, 0], [0, 0, 1]]],
      [{ norm: 'l1' }, [[1 / 3, 0, 2 / 3], [0.43198786752067453, 0.5680121324793255, 0], [0, 0, 1]]],
      [{ norm: null, useIdf: false }, [[1, 0, 2], [1, 1, 0], [0, 0, 1]]],
    ]
    for (const [options, expected] of cases) expectClose(dense(fitTfidf(documents, options).matrix), expected)
    expect([...fitTfidf(documents, { smoothIdf: false }).idf]).toEqual([1.4054651081081644, 2.0986122886681096, 1.4054651081081644])
  })

  it('keeps an empty document as an empty row', () => {
    const fit = fitTfidf([['sea'], [], ['sea', 'ship']])
    expect([...fit.matrix.indptr]).toEqual([0, 1, 1, 3])
  })
})

describe('transformTfidf', () => {
  it('weighs new documents with the fitted vocabulary and idf, ignoring unknown words', () => {
    const fit = fitTfidf(documents)
    const rows = transformTfidf([['ship', 'ship', 'kraken'], ['kraken'], ['whale', 'sea', 'whale']], fit)
    expect([rows.rows, rows.cols]).toEqual([3, 3])
    expectClose(dense(rows), [[0, 1, 0], [0, 0, 0], dense(fit.matrix)[0]!])
  })

  it('rejects a model whose idf does not match its vocabulary', () => {
    const fit = fitTfidf(documents)
    expect(() => transformTfidf(documents, { ...fit, idf: new Float64Array(2) })).toThrow(RangeError)
  })
})

interface ReferenceCase {
  name: string
  options: TfidfOptions
  vocabulary?: string[]
  idf?: number[]
  indptr?: number[]
  indices?: number[]
  data: number[]
}

interface Reference {
  sklearn: string
  cases: ReferenceCase[]
  ties: { options: TfidfOptions; vocabulary: string[]; tied: string[] }
}

const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures/ml', name), 'utf8'))

// test/fixtures/ml/README.md: Moby-Dick and State of the Union tokens, and scikit-learn's TF-IDF of them.
describe('fitTfidf against scikit-learn', () => {
  const tokens = (fixture('tfidf-tokens.json') as { documents: { tokens: string[] }[] }).documents.map((d) => d.tokens)
  const reference = fixture('tfidf-reference.json') as Reference
  const defaults = reference.cases[0]!

  for (const expected of reference.cases) {
    it(`matches TfidfVectorizer (${expected.name})`, () => {
      const fit = fitTfidf(tokens, expected.options)
      // The sublinear case shares the defaults' vocabulary, idf and sparsity pattern.
      const shape = expected.vocabulary ? expected : defaults
      expect(fit.vocabulary).toEqual(shape.vocabulary)
      expect(fit.idf.length).toBe(shape.idf!.length)
      fit.idf.forEach((value, j) => expect(Math.abs(value - shape.idf![j]!)).toBeLessThan(1e-9))
      expect([...fit.matrix.indptr]).toEqual(shape.indptr)
      expect([...fit.matrix.indices]).toEqual(shape.indices)
      expect(fit.matrix.data.length).toBe(expected.data.length)
      let worst = 0
      fit.matrix.data.forEach((value, p) => (worst = Math.max(worst, Math.abs(value - expected.data[p]!))))
      expect(worst).toBeLessThan(1e-9)
    })
  }

  it('agrees on max_features except for which tied terms fill the last places', () => {
    const { options, vocabulary, tied } = reference.ties
    const ours = fitTfidf(tokens, options).vocabulary
    const tiedSet = new Set(tied)
    expect(ours.length).toBe(vocabulary.length)
    // Terms above the tie are the same; among the tied, scikit-learn's pick is NumPy's unstable
    // argsort's, Folio's the alphabetically first.
    expect(ours.filter((term) => !tiedSet.has(term))).toEqual(vocabulary.filter((term) => !tiedSet.has(term)))
    const keptTied = ours.filter((term) => tiedSet.has(term))
    expect(keptTied).toEqual(tied.slice(0, keptTied.length))
    expect(keptTied.length).toBe(vocabulary.filter((term) => tiedSet.has(term)).length)
  })
})
