import type { CsrMatrix } from './csr'

/**
 * `out = A · B` for a sparse `A` (m × n) and a dense row-major `B` (n × p); `out` is m × p,
 * row-major, and is overwritten. Each stored entry adds a contiguous row of `B` to a contiguous
 * row of `out`: the loop scipy's `csr_matvecs` runs, with nothing allocated.
 */
export function multiplyDense(a: CsrMatrix, b: Float64Array, p: number, out: Float64Array): Float64Array {
  if (b.length !== a.cols * p) throw new RangeError(`B must be ${a.cols} × ${p}.`)
  if (out.length !== a.rows * p) throw new RangeError(`The product is ${a.rows} × ${p}.`)
  const { indptr, indices, data } = a
  out.fill(0)
  for (let i = 0; i < a.rows; i++) {
    const outRow = i * p
    for (let e = indptr[i]!; e < indptr[i + 1]!; e++) {
      const value = data[e]!
      const bRow = indices[e]! * p
      for (let c = 0; c < p; c++) out[outRow + c]! += value * b[bRow + c]!
    }
  }
  return out
}

/** `out = Aᵀ · A` for a dense row-major `A` (rows × p); `out` is p × p and symmetric. */
export function gram(a: Float64Array, rows: number, p: number, out: Float64Array = new Float64Array(p * p)): Float64Array {
  if (a.length !== rows * p) throw new RangeError(`A must be ${rows} × ${p}.`)
  out.fill(0)
  for (let i = 0; i < rows; i++) {
    const row = i * p
    for (let r = 0; r < p; r++) {
      const value = a[row + r]!
      if (value === 0) continue
      const outRow = r * p
      for (let c = r; c < p; c++) out[outRow + c]! += value * a[row + c]!
    }
  }
  for (let r = 0; r < p; r++) for (let c = 0; c < r; c++) out[r * p + c] = out[c * p + r]!
  return out
}

/** The transpose of a dense row-major matrix (rows × cols), as cols × rows. */
export function transposeDense(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols)
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = a[i * cols + j]!
  return out
}

/** Mean of all m × n entries of a sparse matrix, zeros included (numpy's `X.mean()`). */
export function sparseMean(a: CsrMatrix): number {
  let sum = 0
  for (let e = 0; e < a.indptr[a.rows]!; e++) sum += a.data[e]!
  return a.rows * a.cols === 0 ? 0 : sum / (a.rows * a.cols)
}
