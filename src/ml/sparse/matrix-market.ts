import { csrFromTriplets, type CsrMatrix } from './csr'

/**
 * Reads a Matrix Market coordinate file as scipy.io.mmwrite writes it: `real`, `integer` or
 * `pattern` values, `general` or `symmetric`, 1-based indices. Array (dense) files and complex
 * values are refused with a RangeError naming the line.
 */
export function parseMatrixMarket(text: string): CsrMatrix {
  const lines = text.split(/\r?\n/)
  const header = (lines[0] ?? '').trim().toLowerCase().split(/\s+/)
  if (header[0] !== '%%matrixmarket' || header[1] !== 'matrix') throw new RangeError('Not a Matrix Market file: the first line must start with %%MatrixMarket matrix.')
  const [, , format, field, symmetry] = header
  if (format !== 'coordinate') throw new RangeError(`Only coordinate Matrix Market files are read, not ${format}.`)
  if (field !== 'real' && field !== 'integer' && field !== 'pattern') throw new RangeError(`Matrix Market values must be real, integer or pattern, not ${field}.`)
  if (symmetry !== 'general' && symmetry !== 'symmetric') throw new RangeError(`Matrix Market symmetry must be general or symmetric, not ${symmetry}.`)
  let line = 1
  while (line < lines.length && (lines[line]!.startsWith('%') || lines[line]!.trim() === '')) line++
  const size = (lines[line] ?? '').trim().split(/\s+/).map(Number)
  const [rows, cols, entries] = size
  if (size.length !== 3 || !size.every((value) => Number.isInteger(value) && value >= 0)) throw new RangeError(`Line ${line + 1}: expected "rows cols entries".`)
  const capacity = symmetry === 'symmetric' ? 2 * entries! : entries!
  const rowIndex = new Int32Array(capacity)
  const colIndex = new Int32Array(capacity)
  const values = new Float64Array(capacity)
  let count = 0
  let read = 0
  for (let l = line + 1; l < lines.length && read < entries!; l++) {
    const content = lines[l]!.trim()
    if (content === '' || content.startsWith('%')) continue
    const parts = content.split(/\s+/)
    const r = Number(parts[0]) - 1
    const c = Number(parts[1]) - 1
    const value = field === 'pattern' ? 1 : Number(parts[2])
    if (!Number.isInteger(r) || !Number.isInteger(c) || !Number.isFinite(value)) throw new RangeError(`Line ${l + 1}: cannot read "${content}".`)
    rowIndex[count] = r
    colIndex[count] = c
    values[count++] = value
    read++
    if (symmetry === 'symmetric' && r !== c) {
      rowIndex[count] = c
      colIndex[count] = r
      values[count++] = value
    }
  }
  if (read !== entries) throw new RangeError(`The header promises ${entries} entries; the file holds ${read}.`)
  return csrFromTriplets(rows!, cols!, rowIndex.subarray(0, count), colIndex.subarray(0, count), values.subarray(0, count))
}

/** Writes a matrix as a Matrix Market coordinate file (real, general), as scipy.io.mmread reads it. */
export function formatMatrixMarket(matrix: CsrMatrix): string {
  const lines = ['%%MatrixMarket matrix coordinate real general', `${matrix.rows} ${matrix.cols} ${matrix.indptr[matrix.rows]!}`]
  for (let i = 0; i < matrix.rows; i++) {
    for (let e = matrix.indptr[i]!; e < matrix.indptr[i + 1]!; e++) lines.push(`${i + 1} ${matrix.indices[e]! + 1} ${matrix.data[e]!}`)
  }
  return `${lines.join('\n')}\n`
}
