/**
 * Orthonormalizes the `cols` columns of a dense column-major matrix (`rows` × `cols`, each column
 * contiguous) in place, by modified Gram–Schmidt applied twice ("twice is enough", Giraud et al.
 * 2005), which keeps the columns orthogonal to machine precision. A column that depends on the
 * earlier ones becomes zero, so rank-deficient inputs (a library smaller than the sketch) are safe.
 */
export function orthonormalizeColumns(columns: Float64Array, rows: number, cols: number): Float64Array {
  if (columns.length !== rows * cols) throw new RangeError(`Expected ${rows} × ${cols} values.`)
  for (let j = 0; j < cols; j++) {
    const vj = j * rows
    let before = 0
    for (let r = 0; r < rows; r++) before += columns[vj + r]! * columns[vj + r]!
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < j; i++) {
        const qi = i * rows
        let dot = 0
        for (let r = 0; r < rows; r++) dot += columns[qi + r]! * columns[vj + r]!
        if (dot === 0) continue
        for (let r = 0; r < rows; r++) columns[vj + r]! -= dot * columns[qi + r]!
      }
    }
    let after = 0
    for (let r = 0; r < rows; r++) after += columns[vj + r]! * columns[vj + r]!
    // What is left after removing the earlier directions is rounding noise: a dependent column.
    const scale = after > 1e-24 * Math.max(before, Number.MIN_VALUE) && after > 0 ? 1 / Math.sqrt(after) : 0
    for (let r = 0; r < rows; r++) columns[vj + r]! *= scale
  }
  return columns
}
