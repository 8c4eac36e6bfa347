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
  let violation = 0
  for (let i = 0; i < rows; i++) {
    const row = i * k
    let firstChange = 0
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      let change = 0
      for (let t = 0; t < k; t++) {
        const gramRow = t * k
        // The gradient's dot product in four running sums: independent additions pipeline better.
        let g0 = penalty.l1 - cross[row + t]!
        let g1 = 0
        let g2 = 0
        let g3 = 0
        let r = 0
        for (; r + 3 < k; r += 4) {
          g0 += gram[gramRow + r]! * factor[row + r]!
          g1 += gram[gramRow + r + 1]! * factor[row + r + 1]!
          g2 += gram[gramRow + r + 2]! * factor[row + r + 2]!
          g3 += gram[gramRow + r + 3]! * factor[row + r + 3]!
        }
        for (; r < k; r++) g0 += gram[gramRow + r]! * factor[row + r]!
        const value = factor[row + t]!
        const gradient = g0 + g1 + (g2 + g3) + penalty.l2 * value
        if (sweep === 0) violation += value === 0 ? Math.max(0, -gradient) : Math.abs(gradient)
        const curvature = gram[gramRow + t]! + penalty.l2
        if (curvature === 0) continue
        const next = Math.max(value - gradient / curvature, 0)
        const step = next - value
        change += step * step
        factor[row + t] = next
      }
      if (sweep === 0) firstChange = change
      else if (change <= limit * firstChange) break
      if (change === 0) break
    }
  }
  return violation
}
