import { describe, expect, it } from 'vitest'
import { createRandom } from '@/ml/random'
import { csrFromDense, csrToDense } from '@/ml/sparse/csr'
import { sparseOperator } from '@/ml/sparse/operator'
import { transposeDense } from '@/ml/sparse/products'

function randomDense(rows: number, cols: number, density: number, seed: number): Float64Array {
  const random = createRandom(seed)
  return Float64Array.from({ length: rows * cols }, () => (random.next() < density ? random.next() * 4 - 1 : 0))
}

function denseProduct(a: Float64Array, rows: number, inner: number, b: Float64Array, cols: number): Float64Array {
  const out = new Float64Array(rows * cols)
  for (let i = 0; i < rows; i++) for (let l = 0; l < inner; l++) for (let j = 0; j < cols; j++) out[i * cols + j]! += a[i * inner + l]! * b[l * cols + j]!
  return out
}

describe('sparseOperator', () => {
  it('runs on the WebAssembly SIMD kernels in Node 20', () => {
    const op = sparseOperator(csrFromDense(1, 1, [1]))
    expect(op.engine).toBe('wasm')
    op.release()
  })

  it.each([1, 2, 3, 5, 8, 9, 20, 24])('gives the dense oracle’s A·B and Aᵀ·B for width %i, in both engines', (p) => {
    const rows = 37
    const cols = 23
    const dense = randomDense(rows, cols, 0.3, p)
    const a = csrFromDense(rows, cols, dense)
    expect(csrToDense(a)).toEqual(dense)
    const b = randomDense(cols, p, 1, p + 100)
    const c = randomDense(rows, p, 1, p + 200)
    const expectedAB = denseProduct(dense, rows, cols, b, p)
    const expectedAtC = denseProduct(transposeDense(dense, rows, cols), cols, rows, c, p)
    for (const wasm of [true, false]) {
      const op = sparseOperator(a, { wasm })
      expect(op.engine).toBe(wasm ? 'wasm' : 'js')
      const ab = op.multiply(b, p, new Float64Array(rows * p).fill(7))
      const atc = op.multiplyTranspose(c, p, new Float64Array(cols * p).fill(7))
      ab.forEach((value, i) => expect(value).toBeCloseTo(expectedAB[i]!, 12))
      atc.forEach((value, i) => expect(value).toBeCloseTo(expectedAtC[i]!, 12))
      op.release()
    }
  })

  it('keeps several matrices in WebAssembly memory at once, and reuses it once released', () => {
    const first = csrFromDense(2, 2, [1, 2, 0, 3])
    const second = csrFromDense(2, 2, [0, 1, 1, 0])
    const a = sparseOperator(first)
    const b = sparseOperator(second)
    const big = sparseOperator(csrFromDense(300, 300, randomDense(300, 300, 0.5, 1))) // grows the memory
    expect([...a.multiply(Float64Array.from([1, 1]), 1, new Float64Array(2))]).toEqual([3, 3])
    expect([...b.multiply(Float64Array.from([5, 7]), 1, new Float64Array(2))]).toEqual([7, 5])
    big.release()
    b.release()
    const again = sparseOperator(second)
    expect([...again.multiplyTranspose(Float64Array.from([1, 2]), 1, new Float64Array(2))]).toEqual([2, 1])
    expect([...a.multiplyTranspose(Float64Array.from([1, 2]), 1, new Float64Array(2))]).toEqual([1, 8])
    again.release()
    a.release()
  })

  it('refuses blocks of the wrong shape', () => {
    const op = sparseOperator(csrFromDense(2, 3, [1, 0, 2, 0, 3, 0]))
    expect(() => op.multiply(new Float64Array(4), 2, new Float64Array(4))).toThrow(RangeError)
    expect(() => op.multiplyTranspose(new Float64Array(4), 2, new Float64Array(4))).toThrow(RangeError)
    op.release()
  })
})
