import { describe, expect, it } from 'vitest'
import { formatMatrixMarket, parseMatrixMarket } from '@/ml/sparse/matrix-market'
import { createRandom } from '@/ml/random'
import { csrFromDense, csrFromTriplets, csrToDense, nnz, rowsDot, squaredNorm, transpose } from '@/ml/sparse/csr'
import { gram, multiplyDense, multiplyTransposeDense, sparseMean, transposeDense } from '@/ml/sparse/products'

/** A random dense matrix with about `density` of its entries non-zero. */
function randomDense(rows: number, cols: number, density: number, seed: number): Float64Array {
  const random = createRandom(seed)
  return Float64Array.from({ length: rows * cols }, () => (random.next() < density ? random.next() * 4 : 0))
}

function denseProduct(a: Float64Array, rows: number, inner: number, b: Float64Array, cols: number): Float64Array {
  const out = new Float64Array(rows * cols)
  for (let i = 0; i < rows; i++) for (let l = 0; l < inner; l++) for (let j = 0; j < cols; j++) out[i * cols + j]! += a[i * inner + l]! * b[l * cols + j]!
  return out
}

describe('CSR matrices against a dense oracle on random inputs', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: build, transpose, multiply, gram', (seed) => {
    const rows = 7 + seed
    const cols = 13 - seed
    const dense = randomDense(rows, cols, 0.3, seed)
    const a = csrFromDense(rows, cols, dense)
    expect(csrToDense(a)).toEqual(dense)
    expect(nnz(a)).toBe(dense.filter((value) => value !== 0).length)
    expect(csrToDense(transpose(a))).toEqual(transposeDense(dense, rows, cols))
    const b = randomDense(cols, 3, 1, seed + 10)
    const product = multiplyDense(a, b, 3, new Float64Array(rows * 3))
    const expected = denseProduct(dense, rows, cols, b, 3)
    product.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 12))
    const c = randomDense(rows, 5, 1, seed + 20)
    const transposed = multiplyTransposeDense(a, c, 5, new Float64Array(cols * 5).fill(9))
    const expectedTransposed = denseProduct(transposeDense(dense, rows, cols), cols, rows, c, 5)
    transposed.forEach((value, i) => expect(value).toBeCloseTo(expectedTransposed[i]!, 12))
    const g = gram(dense, rows, cols)
    const expectedGram = denseProduct(transposeDense(dense, rows, cols), cols, rows, dense, cols)
    g.forEach((value, i) => expect(value).toBeCloseTo(expectedGram[i]!, 12))
    expect(rowsDot(a, 0, 1)).toBeCloseTo(Array.from({ length: cols }, (_, j) => dense[j]! * dense[cols + j]!).reduce((x, y) => x + y, 0), 12)
    expect(squaredNorm(a)).toBeCloseTo(dense.reduce((sum, value) => sum + value * value, 0), 12)
    expect(sparseMean(a)).toBeCloseTo(dense.reduce((sum, value) => sum + value, 0) / (rows * cols), 14)
  })

  it('sums duplicate triplets, drops zeros and sorts each row, as scipy does', () => {
    const a = csrFromTriplets(2, 3, [1, 0, 1, 0, 1], [2, 1, 0, 1, 2], [1, 2, 3, 0, -1])
    expect([...a.indptr]).toEqual([0, 1, 2])
    expect([...a.indices]).toEqual([1, 0])
    expect([...a.data]).toEqual([2, 3])
    expect(() => csrFromTriplets(2, 2, [2], [0], [1])).toThrow(RangeError)
    expect(() => multiplyDense(a, new Float64Array(2), 1, new Float64Array(2))).toThrow(RangeError)
  })
})

describe('parseMatrixMarket', () => {
  it('reads scipy.io.mmwrite’s coordinate format, symmetric and pattern files too', () => {
    const general = parseMatrixMarket('%%MatrixMarket matrix coordinate real general\n%\n2 3 3\n1 1 1.5\n2 3 -2e-1\n1 3 4\n')
    expect([...csrToDense(general)]).toEqual([1.5, 0, 4, 0, 0, -0.2])
    const symmetric = parseMatrixMarket('%%MatrixMarket matrix coordinate integer symmetric\n2 2 2\n1 1 3\n2 1 5\n')
    expect([...csrToDense(symmetric)]).toEqual([3, 5, 5, 0])
    const pattern = parseMatrixMarket('%%MatrixMarket matrix coordinate pattern general\n1 2 1\n1 2\n')
    expect([...csrToDense(pattern)]).toEqual([0, 1])
  })

  it('reads back exactly what it writes (shortest round-trip numbers)', () => {
    const a = csrFromDense(4, 5, randomDense(4, 5, 0.5, 9))
    const back = parseMatrixMarket(formatMatrixMarket(a))
    expect(csrToDense(back)).toEqual(csrToDense(a))
  })

  it('explains what it cannot read', () => {
    expect(() => parseMatrixMarket('hello')).toThrow(/Not a Matrix Market file/)
    expect(() => parseMatrixMarket('%%MatrixMarket matrix array real general\n1 1\n1\n')).toThrow(/coordinate/)
    expect(() => parseMatrixMarket('%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1\n')).toThrow(/promises 2 entries/)
    expect(() => parseMatrixMarket('%%MatrixMarket matrix coordinate real general\n2 2 1\n3 1 1\n')).toThrow(/outside/)
  })
})
