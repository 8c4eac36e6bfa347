/** A seeded source of random numbers; every randomized step in `src/ml` takes one through its options. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Standard normal (mean 0, variance 1). */
  normal(): number
}

/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32 so that nearby seeds give unrelated
 * streams. 32-bit integer arithmetic only: the same seed gives the same numbers in every engine.
 */
export function createRandom(seed = 0): Random {
  let s = seed >>> 0
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = splitmix()
  let b = splitmix()
  let c = splitmix()
  let d = splitmix()
  if ((a | b | c | d) === 0) a = 1 // the all-zero state never leaves zero
  const nextUint = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0
    const t = b << 9
    c ^= a
    d ^= b
    b ^= c
    a ^= d
    c ^= t
    d = rotl(d, 11)
    return result
  }
  let spare: number | null = null
  const next = (): number => nextUint() / 4294967296
  return {
    next,
    normal(): number {
      if (spare !== null) {
        const value = spare
        spare = null
        return value
      }
      // Box–Muller: two uniforms give two independent normals; keep the second for the next call.
      const u = 1 - next() // (0, 1]: log(0) is never taken
      const v = next()
      const radius = Math.sqrt(-2 * Math.log(u))
      spare = radius * Math.sin(2 * Math.PI * v)
      return radius * Math.cos(2 * Math.PI * v)
    },
  }
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k))
