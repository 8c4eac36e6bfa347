import wabtInit from 'wabt'

/** Assembles WebAssembly text (with SIMD) into a module's bytes. */
export async function assembleKernels(wat: string): Promise<Uint8Array> {
  const wabt = await wabtInit()
  const module = wabt.parseWat('kernels.wat', wat, { simd: true })
  try {
    module.validate()
    return Uint8Array.from(module.toBinary({}).buffer)
  } finally {
    module.destroy()
  }
}
