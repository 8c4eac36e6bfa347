/**
 * A sparse matrix in compressed sparse row form, as scipy's `csr_matrix`: row `i` holds the
 * columns `indices[indptr[i]..indptr[i+1])` (sorted, no duplicates) with values `data[same]`.
 */
export interface CsrMatrix {
  readonly rows: number
  readonly cols: number
  readonly indptr: Int32Array
  readonly indices: Int32Array
  readonly data: Float64Array
}

/** Number of stored entries. */
export const nnz = (matrix: CsrMatrix): number => matrix.indptr[matrix.rows]!

/** Indices and row pointers are Int32Array: a larger value would wrap around, not fail. */
const MAX_INDEX = 2 ** 31 - 1

function checkShape(rows: number, cols: number): void {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`A matrix needs whole, non-negative dimensions, not ${rows} × ${cols}.`)
  }
  if (rows >= MAX_INDEX || cols >= MAX_INDEX) throw new RangeError(`A ${rows} × ${cols} matrix is too large: dimensions must be below 2^31 - 1.`)
}

/**
 * Builds a CSR matrix from coordinate triplets (in any order). Duplicates are summed, as scipy's
 * `coo_matrix.tocsr()` does; explicit zeros are dropped.
 */
export function csrFromTriplets(rows: number, cols: number, rowIndex: ArrayLike<number>, colIndex: ArrayLike<number>, values: ArrayLike<number>): CsrMatrix {
  checkShape(rows, cols)
  const count = values.length
  if (rowIndex.length !== count || colIndex.length !== count) throw new RangeError('Row, column and value arrays must have the same length.')
  if (count > MAX_INDEX) throw new RangeError(`${count} entries are more than Int32 row pointers can count.`)
  const rowCounts = new Int32Array(rows + 1)
  for (let e = 0; e < count; e++) {
    const r = rowIndex[e]!
    const c = colIndex[e]!
    if (!(r >= 0 && r < rows && c >= 0 && c < cols) || !Number.isInteger(r) || !Number.isInteger(c)) {
      throw new RangeError(`Entry (${r}, ${c}) lies outside a ${rows} × ${cols} matrix.`)
    }
    rowCounts[r + 1]!++
  }
  for (let r = 0; r < rows; r++) rowCounts[r + 1]! += rowCounts[r]!
  // Scatter by row, then sort each row by column and merge duplicates.
  const cursor = rowCounts.slice(0, rows)
  const scatteredCols = new Int32Array(count)
  const scatteredValues = new Float64Array(count)
  for (let e = 0; e < count; e++) {
    const slot = cursor[rowIndex[e]!]!++
    scatteredCols[slot] = colIndex[e]!
    scatteredValues[slot] = values[e]!
  }
  const indptr = new Int32Array(rows + 1)
  const indices = new Int32Array(count)
  const data = new Float64Array(count)
  let out = 0
  const order: number[] = []
  for (let r = 0; r < rows; r++) {
    const start = rowCounts[r]!
    const end = rowCounts[r + 1]!
    order.length = 0
    for (let p = start; p < end; p++) order.push(p)
    order.sort((x, y) => scatteredCols[x]! - scatteredCols[y]!)
    let last = -1
    for (const p of order) {
      const c = scatteredCols[p]!
      if (c === last) data[out - 1]! += scatteredValues[p]!
      else {
        indices[out] = c
        data[out++] = scatteredValues[p]!
        last = c
      }
    }
    indptr[r + 1] = out
  }
  return dropZeros({ rows, cols, indptr, indices: indices.subarray(0, out), data: data.subarray(0, out) })
}

/** The same matrix without explicitly stored zeros. */
function dropZeros(matrix: CsrMatrix): CsrMatrix {
  const { rows, indptr, indices, data } = matrix
  let zeros = 0
  for (let p = 0; p < indptr[rows]!; p++) if (data[p] === 0) zeros++
  if (zeros === 0) return matrix
  const keptIndptr = new Int32Array(rows + 1)
  const keptIndices = new Int32Array(indptr[rows]! - zeros)
  const keptData = new Float64Array(keptIndices.length)
  let out = 0
  for (let r = 0; r < rows; r++) {
    for (let p = indptr[r]!; p < indptr[r + 1]!; p++) {
      if (data[p] === 0) continue
      keptIndices[out] = indices[p]!
      keptData[out++] = data[p]!
    }
    keptIndptr[r + 1] = out
  }
  return { rows, cols: matrix.cols, indptr: keptIndptr, indices: keptIndices, data: keptData }
}

/** Builds a CSR matrix from a dense row-major array (for tests and small inputs). */
export function csrFromDense(rows: number, cols: number, dense: ArrayLike<number>): CsrMatrix {
  checkShape(rows, cols)
  if (dense.length !== rows * cols) throw new RangeError(`A ${rows} × ${cols} matrix needs ${rows * cols} values, not ${dense.length}.`)
  const r: number[] = []
  const c: number[] = []
  const v: number[] = []
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = dense[i * cols + j]!
      if (value === 0) continue
      r.push(i)
      c.push(j)
      v.push(value)
    }
  }
  return csrFromTriplets(rows, cols, r, c, v)
}

/** The matrix as a dense row-major Float64Array. */
export function csrToDense(matrix: CsrMatrix): Float64Array {
  const dense = new Float64Array(matrix.rows * matrix.cols)
  for (let i = 0; i < matrix.rows; i++) {
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) dense[i * matrix.cols + matrix.indices[p]!] = matrix.data[p]!
  }
  return dense
}

/** The transpose, in CSR form (that is, the matrix in CSC form), with sorted indices. */
export function transpose(matrix: CsrMatrix): CsrMatrix {
  const { rows, cols, indptr, indices, data } = matrix
  const count = indptr[rows]!
  const tIndptr = new Int32Array(cols + 1)
  for (let p = 0; p < count; p++) tIndptr[indices[p]! + 1]!++
  for (let c = 0; c < cols; c++) tIndptr[c + 1]! += tIndptr[c]!
  const cursor = tIndptr.slice(0, cols)
  const tIndices = new Int32Array(count)
  const tData = new Float64Array(count)
  for (let r = 0; r < rows; r++) {
    for (let p = indptr[r]!; p < indptr[r + 1]!; p++) {
      const slot = cursor[indices[p]!]!++
      tIndices[slot] = r
      tData[slot] = data[p]!
    }
  }
  return { rows: cols, cols: rows, indptr: tIndptr, indices: tIndices, data: tData }
}

/** ‖X‖²_F, the sum of squared entries. */
export function squaredNorm(matrix: CsrMatrix): number {
  let sum = 0
  for (let p = 0; p < matrix.data.length; p++) sum += matrix.data[p]! * matrix.data[p]!
  return sum
}

/** The dot product of rows `a` and `b` (a merge of their sorted columns); their cosine when rows are L2-normalized. */
export function rowsDot(matrix: CsrMatrix, a: number, b: number): number {
  const { indptr, indices, data } = matrix
  let sum = 0
  let i = indptr[a]!
  let j = indptr[b]!
  while (i < indptr[a + 1]! && j < indptr[b + 1]!) {
    const ci = indices[i]!
    const cj = indices[j]!
    if (ci === cj) sum += data[i++]! * data[j++]!
    else if (ci < cj) i++
    else j++
  }
  return sum
}
