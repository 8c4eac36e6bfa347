import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { KERNELS_BASE64 } from '@/ml/wasm/kernels-binary'
import { assembleKernels } from '../../../../scripts/wasm/assemble'

describe('the committed WebAssembly kernels', () => {
  it('are exactly what kernels.wat assembles to (run `npm run build:wasm` after editing it)', async () => {
    const source = await readFile(new URL('../../../../src/ml/wasm/kernels.wat', import.meta.url), 'utf8')
    expect(Buffer.from(await assembleKernels(source)).toString('base64')).toBe(KERNELS_BASE64)
  })
})
