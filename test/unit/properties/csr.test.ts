import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csrFromTriplets, csrToDense, nnz, type CsrMatrix } from '@/ml/sparse/csr'
import { PROPERTY_TIMEOUT_MS } from './guards'

/** Runs per property; the file stays within a few seconds. */
const CSR_RUNS = { oracle: 500, bad: 500, shapes: 200 }

interface Triplets {
  rows: number
  cols: number
  r: number[]
  c: number[]
  v: number[]
}

/** A shape and entries inside it, duplicates and zeros included (small index ranges make repeats). */
const triplets: fc.Arbitrary<Triplets> = fc
  .record({ rows: fc.integer({ min: 0, max: 12 }), cols: fc.integer({ min: 0, max: 12 }) })
  .chain(({ rows, cols }) =>
    fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: Math.max(0, rows - 1) }),
          fc.integer({ min: 0, max: Math.max(0, cols - 1) }),
          fc.oneof(fc.constant(0), fc.constant(-0), fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        ),
        { maxLength: rows * cols === 0 ? 0 : 60 },
      )
      .map((entries) => ({ rows, cols, r: entries.map((e) => e[0]), c: entries.map((e) => e[1]), v: entries.map((e) => e[2]) })),
  )

/** The dense oracle: entries added in the order given, as scipy's coo → csr sums duplicates. */
function denseOracle({ rows, cols, r, c, v }: Triplets): Float64Array {
  const dense = new Float64Array(rows * cols)
  v.forEach((value, e) => {
    dense[r[e]! * cols + c[e]!]! += value
  })
  // -0 + 0: the CSR form stores no zeros, and reads back +0 where the oracle may hold -0.
  return dense.map((value) => value + 0)
}

function checkStructure(matrix: CsrMatrix): void {
  expect(matrix.indptr[0]).toBe(0)
  for (let row = 0; row < matrix.rows; row++) {
    expect(matrix.indptr[row + 1]!).toBeGreaterThanOrEqual(matrix.indptr[row]!)
    for (let p = matrix.indptr[row]!; p < matrix.indptr[row + 1]!; p++) {
      expect(matrix.data[p]).not.toBe(0)
      if (p > matrix.indptr[row]!) expect(matrix.indices[p]!).toBeGreaterThan(matrix.indices[p - 1]!)
    }
  }
  expect(nnz(matrix)).toBe(matrix.indices.length)
}

describe('csrFromTriplets', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('equals a dense oracle for any in-range triplets: duplicates summed, zeros dropped, rows sorted', () => {
    fc.assert(
      fc.property(triplets, (input) => {
        const matrix = csrFromTriplets(input.rows, input.cols, input.r, input.c, input.v)
        checkStructure(matrix)
        expect(csrToDense(matrix)).toEqual(denseOracle(input))
      }),
      { numRuns: CSR_RUNS.oracle },
    )
  })

  it('refuses out-of-range or non-integer indices with a RangeError, and nothing else', () => {
    const bad = fc.oneof(fc.integer({ min: -5, max: -1 }), fc.integer({ min: 12, max: 2 ** 40 }), fc.double({ noInteger: true }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5))
    fc.assert(
      fc.property(triplets, bad, fc.boolean(), (input, index, inRows) => {
        const r = [...input.r, inRows ? index : 0]
        const c = [...input.c, inRows ? 0 : index]
        expect(() => csrFromTriplets(Math.max(input.rows, 1), Math.max(input.cols, 1), r, c, [...input.v, 1])).toThrow(RangeError)
      }),
      { numRuns: CSR_RUNS.bad },
    )
  })

  it('refuses bad shapes and mismatched lengths with a RangeError', () => {
    // Small valid sizes or invalid ones: a valid 2^30 would allocate gigabytes before any check.
    const dimension = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noInteger: true }), fc.constantFrom(Number.NaN, Infinity, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER, 1e300))
    fc.assert(
      fc.property(dimension, dimension, fc.nat({ max: 3 }), fc.nat({ max: 3 }), (rows, cols, extraRows, extraValues) => {
        const valid = Number.isInteger(rows) && Number.isInteger(cols) && rows >= 0 && cols >= 0 && rows < 2 ** 31 - 1 && cols < 2 ** 31 - 1
        const lengthsMatch = extraRows === extraValues
        const build = () => csrFromTriplets(rows, cols, new Array<number>(extraRows).fill(0), new Array<number>(extraValues).fill(0), new Array<number>(extraValues).fill(1))
        if (valid && lengthsMatch && (extraValues === 0 || (rows > 0 && cols > 0))) expect(build().rows).toBe(rows)
        else expect(build).toThrow(RangeError)
      }),
      { numRuns: CSR_RUNS.shapes },
    )
  })

  it('refuses a column count its Int32 indices cannot hold, instead of wrapping them', () => {
    // Column 2^31 would be stored as -2^31 in an Int32Array.
    expect(() => csrFromTriplets(1, 2 ** 32, [0], [2 ** 31], [1])).toThrow(RangeError)
  })
})
