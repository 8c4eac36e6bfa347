import { KERNELS_BASE64 } from './kernels-binary'

/** A product kernel: CSR arrays, rows, B, its width p, and the output, as byte offsets. */
export type Kernel = (indptr: number, indices: number, data: number, rows: number, b: number, p: number, out: number) => void

/** The kernels' exports (see kernels.wat): byte offsets into `memory`. */
export interface Kernels {
  memory: WebAssembly.Memory
  multiplyDense: Kernel
  multiplyTransposeDense: Kernel
}

let loaded: Kernels | null | undefined

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/**
 * The WebAssembly SIMD kernels, or null where they cannot run: no WebAssembly, no SIMD (Safari
 * before 16.4), or a Content-Security-Policy without 'wasm-unsafe-eval'. Compiled once, on first
 * use, synchronously (the module is about a kilobyte).
 */
export function loadKernels(): Kernels | null {
  if (loaded !== undefined) return loaded
  loaded = null
  try {
    const bytes = decode(KERNELS_BASE64)
    if (typeof WebAssembly === 'object' && WebAssembly.validate(bytes)) {
      loaded = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as Kernels
    }
  } catch {
    loaded = null // a CompileError under a strict CSP: the TypeScript kernels take over
  }
  return loaded
}
