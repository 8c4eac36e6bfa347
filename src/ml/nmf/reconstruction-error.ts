import type { CsrMatrix } from '../sparse/csr'

/**
 * ‖X − WH‖F / ‖X‖F computed directly (W rows × k, H k × cols, row-major): every entry of WH, so
 * O(rows·cols·k). For tests and the CLI's final figure; solvers use the cheaper identity.
 */
export function relativeReconstructionError(x: CsrMatrix, w: Float64Array, h: Float64Array, k: number): number {
  const { rows, cols, indptr, indices, data } = x
  let residual = 0
  let norm = 0
  const product = new Float64Array(cols)
  for (let i = 0; i < rows; i++) {
    product.fill(0)
    for (let t = 0; t < k; t++) {
      const weight = w[i * k + t]!
      if (weight === 0) continue
      for (let j = 0; j < cols; j++) product[j]! += weight * h[t * cols + j]!
    }
    for (let e = indptr[i]!; e < indptr[i + 1]!; e++) {
      product[indices[e]!]! -= data[e]!
      norm += data[e]! * data[e]!
    }
    for (let j = 0; j < cols; j++) residual += product[j]! * product[j]!
  }
  return norm === 0 ? 0 : Math.sqrt(residual / norm)
}
