/** y[0..k) += a · x[offset..offset+k), four at a time (independent additions pipeline better). */
function addScaled(y: Float64Array, x: Float64Array, offset: number, a: number, k: number): void {
  let r = 0
  for (; r + 3 < k; r += 4) {
    y[r]! += a * x[offset + r]!
    y[r + 1]! += a * x[offset + r + 1]!
    y[r + 2]! += a * x[offset + r + 2]!
    y[r + 3]! += a * x[offset + r + 3]!
  }
  for (; r < k; r++) y[r]! += a * x[offset + r]!
}

/** Penalties for one side of the factorization, already scaled (scikit-learn's l1_reg and l2_reg). */
export interface Penalty {
  l1: number
  l2: number
}

/**
 * One HALS update of a factor F (rows × k, row-major) for the fixed other factor, given
 * `cross` = X·G (rows × k) and `gram` = GᵀG (k × k): each entry moves to the minimiser of the
 * objective in that entry alone, max(0, f − ∇/∇²), as scikit-learn's `_update_cdnmf_fast`.
 *
 * Rows are independent given `cross` and `gram`, so the update runs row by row with the row in
 * cache, and repeats a row's sweep up to `maxSweeps` times while the last sweep still moved it by
 * more than `innerTolerance` times the first (Gillis & Glineur 2012: more work per costly product
 * of X). With `maxSweeps` 1 this is plain HALS. The penalties act as scikit-learn's: l2 on the
 * diagonal of the Gram matrix, l1 subtracted from `cross`.
 *
 * Returns the projected-gradient norm (sum of absolute values) at the start, scikit-learn's
 * "violation", which the stopping rule compares to the first iteration's.
 */
export function halsSweep(factor: Float64Array, rows: number, k: number, cross: Float64Array, gram: Float64Array, penalty: Penalty, maxSweeps: number, innerTolerance: number): number {
  const limit = innerTolerance * innerTolerance
  const { l1, l2 } = penalty
  // The row's gradient, kept up to date as its entries move (Hsieh & Dhillon 2011): a step costs k
  // operations only when the entry changes, and entries pinned at zero, most of them in a sparse
  // factor, cost one comparison per sweep instead of a k-long dot product.
  const gradient = new Float64Array(k)
  let violation = 0
  for (let i = 0; i < rows; i++) {
    const row = i * k
    // ∇ = f·G − c + l1 + l2·f, built from the non-zero entries of f.
    for (let t = 0; t < k; t++) gradient[t] = l1 - cross[row + t]! + l2 * factor[row + t]!
    for (let r = 0; r < k; r++) {
      const value = factor[row + r]!
      if (value === 0) continue
      addScaled(gradient, gram, r * k, value, k)
    }
    let firstChange = 0
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      let change = 0
      for (let t = 0; t < k; t++) {
        const value = factor[row + t]!
        const slope = gradient[t]!
        if (sweep === 0) violation += value === 0 ? Math.max(0, -slope) : Math.abs(slope)
        const gramRow = t * k
        const curvature = gram[gramRow + t]! + l2
        if (curvature === 0) continue
        const next = Math.max(value - slope / curvature, 0)
        const step = next - value
        if (step === 0) continue
        factor[row + t] = next
        change += step * step
        addScaled(gradient, gram, gramRow, step, k)
        gradient[t]! += step * l2
      }
      if (sweep === 0) firstChange = change
      else if (change <= limit * firstChange) break
      if (change === 0) break
    }
  }
  return violation
}
