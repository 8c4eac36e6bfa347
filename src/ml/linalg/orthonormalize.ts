import { gram } from '../sparse/products'

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

/**
 * Orthonormalizes the columns of a row-major matrix (`rows` × `cols`) in place by one Cholesky QR
 * step: G = AᵀA = RᵀR, A ← A·R⁻¹. A quarter of Gram–Schmidt's passes over the rows, and no
 * transposes; orthogonality is lost in proportion to cond(A)², which is why randomized SVD uses it
 * only between power iterations, where it keeps the columns apart (as scikit-learn's LU
 * normalizer does) and the final basis comes from Gram–Schmidt. Returns false, leaving `a`
 * unchanged, when A is too close to rank-deficient for Cholesky.
 */
export function choleskyOrthonormalizeRows(a: Float64Array, rows: number, cols: number): boolean {
  const g = gram(a, rows, cols)
  const lower = new Float64Array(cols * cols)
  for (let j = 0; j < cols; j++) {
    let pivot = g[j * cols + j]!
    for (let p = 0; p < j; p++) pivot -= lower[j * cols + p]! * lower[j * cols + p]!
    if (!(pivot > 1e-12 * g[j * cols + j]!) || pivot <= 0) return false
    const diagonal = Math.sqrt(pivot)
    lower[j * cols + j] = diagonal
    for (let i = j + 1; i < cols; i++) {
      let sum = g[i * cols + j]!
      for (let p = 0; p < j; p++) sum -= lower[i * cols + p]! * lower[j * cols + p]!
      lower[i * cols + j] = sum / diagonal
    }
  }
  // Each row q solves Rᵀ qᵀ = aᵀ (R = Lᵀ): forward substitution, in place.
  for (let r = 0; r < rows; r++) {
    const row = r * cols
    for (let c = 0; c < cols; c++) {
      let value = a[row + c]!
      for (let p = 0; p < c; p++) value -= lower[c * cols + p]! * a[row + p]!
      a[row + c] = value / lower[c * cols + c]!
    }
  }
  return true
}
