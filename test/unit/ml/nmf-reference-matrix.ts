import reference from '../../fixtures/ml/nmf-reference.json'
import type { CsrMatrix } from '@/ml/sparse/csr'

/** The scikit-learn NMF fixture (test/fixtures/ml/nmf-reference.json) and its matrix as CSR. */
export { reference }

export const referenceMatrix: CsrMatrix = {
  rows: reference.rows,
  cols: reference.cols,
  indptr: Int32Array.from(reference.indptr),
  indices: Int32Array.from(reference.indices),
  data: Float64Array.from(reference.data),
}
