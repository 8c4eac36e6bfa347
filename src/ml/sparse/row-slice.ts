import type { CsrMatrix } from './csr'

/** Rows `start` to `end` (exclusive) of a CSR matrix, sharing its index and value arrays. */
export function sliceRows(matrix: CsrMatrix, start: number, end: number): CsrMatrix {
  if (!(start >= 0 && start <= end && end <= matrix.rows)) throw new RangeError(`Rows ${start}–${end} are outside 0–${matrix.rows}.`)
  const offset = matrix.indptr[start]!
  const indptr = new Int32Array(end - start + 1)
  for (let i = 0; i <= end - start; i++) indptr[i] = matrix.indptr[start + i]! - offset
  const last = matrix.indptr[end]!
  return { rows: end - start, cols: matrix.cols, indptr, indices: matrix.indices.subarray(offset, last), data: matrix.data.subarray(offset, last) }
}
