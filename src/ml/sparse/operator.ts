import { loadKernels, type Kernel, type Kernels } from '../wasm/kernels'
import { transpose, type CsrMatrix } from './csr'
import { multiplyDense, multiplyTransposeDense } from './products'

/** Products of one sparse matrix A with dense row-major blocks: what NMF and the SVD need of X. */
export interface SparseOperator {
  readonly rows: number
  readonly cols: number
  /** 'wasm' (SIMD kernels) or 'js'. */
  readonly engine: 'wasm' | 'js'
  /** out (rows × p) = A · B, B cols × p; returns out. */
  multiply(b: Float64Array, p: number, out: Float64Array): Float64Array
  /** out (cols × p) = Aᵀ · B, B rows × p; returns out. */
  multiplyTranspose(b: Float64Array, p: number, out: Float64Array): Float64Array
  /** Frees the operator's share of WebAssembly memory (operators are released last-made first). */
  release(): void
}

export interface OperatorOptions {
  /** Use the WebAssembly kernels when they load (default true). */
  wasm?: boolean
}

/** The TypeScript kernels: gather through A for A·B, through a transposed copy for Aᵀ·B. */
function jsOperator(a: CsrMatrix): SparseOperator {
  let at: CsrMatrix | null = null
  return {
    rows: a.rows,
    cols: a.cols,
    engine: 'js',
    multiply: (b, p, out) => multiplyDense(a, b, p, out),
    // Gathering through Aᵀ beats scattering through A when B is small enough to stay in cache.
    multiplyTranspose: (b, p, out) => (b.length * 8 <= 2 ** 21 ? multiplyDense((at ??= transpose(a)), b, p, out) : multiplyTransposeDense(a, b, p, out)),
    release: () => undefined,
  }
}

/** WebAssembly memory is one arena: matrices stack up from the bottom, call scratch sits above them. */
let arenaTop = 16

function ensureBytes(kernels: Kernels, end: number): void {
  const missing = end - kernels.memory.buffer.byteLength
  if (missing > 0) kernels.memory.grow(Math.ceil(missing / 65_536))
}

const align = (offset: number): number => Math.ceil(offset / 16) * 16

function wasmOperator(a: CsrMatrix, kernels: Kernels): SparseOperator {
  const base = arenaTop
  const entries = a.indptr[a.rows]!
  const indptr = align(base)
  const indices = align(indptr + (a.rows + 1) * 4)
  const data = align(indices + entries * 4)
  const end = align(data + entries * 8)
  ensureBytes(kernels, end)
  new Int32Array(kernels.memory.buffer, indptr, a.rows + 1).set(a.indptr)
  new Int32Array(kernels.memory.buffer, indices, entries).set(a.indices.subarray(0, entries))
  new Float64Array(kernels.memory.buffer, data, entries).set(a.data.subarray(0, entries))
  arenaTop = end
  /** Copies B in above every live matrix, runs the kernel, copies the product out. */
  const run = (kernel: Kernel, b: Float64Array, p: number, out: Float64Array, zero: boolean): Float64Array => {
    const bAt = align(arenaTop)
    const outAt = align(bAt + b.length * 8)
    ensureBytes(kernels, outAt + out.length * 8)
    new Float64Array(kernels.memory.buffer, bAt, b.length).set(b)
    if (zero) new Float64Array(kernels.memory.buffer, outAt, out.length).fill(0)
    kernel(indptr, indices, data, a.rows, bAt, p, outAt)
    out.set(new Float64Array(kernels.memory.buffer, outAt, out.length))
    return out
  }
  return {
    rows: a.rows,
    cols: a.cols,
    engine: 'wasm',
    multiply(b, p, out) {
      if (b.length !== a.cols * p || out.length !== a.rows * p) throw new RangeError(`A is ${a.rows} × ${a.cols}: B must be ${a.cols} × ${p} and the product ${a.rows} × ${p}.`)
      return run(kernels.multiplyDense, b, p, out, false)
    },
    multiplyTranspose(b, p, out) {
      if (b.length !== a.rows * p || out.length !== a.cols * p) throw new RangeError(`A is ${a.rows} × ${a.cols}: B must be ${a.rows} × ${p} and the product ${a.cols} × ${p}.`)
      return run(kernels.multiplyTransposeDense, b, p, out, true)
    },
    release() {
      if (arenaTop === end) arenaTop = base
    },
  }
}

/**
 * An operator for `a`: the WebAssembly SIMD kernels (two doubles per instruction, about 3.5× the
 * TypeScript loops here) when they load, else the TypeScript kernels. The WebAssembly operator
 * holds a copy of `a`; release it when done.
 */
export function sparseOperator(a: CsrMatrix, options: OperatorOptions = {}): SparseOperator {
  const kernels = options.wasm === false ? null : loadKernels()
  return kernels ? wasmOperator(a, kernels) : jsOperator(a)
}
