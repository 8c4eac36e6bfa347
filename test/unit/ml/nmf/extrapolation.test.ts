import { describe, expect, it } from 'vitest'
import { Extrapolation, extrapolate } from '@/ml/nmf/extrapolation'

describe('Extrapolation (Ang & Gillis 2019)', () => {
  it('grows β while the error falls, under a ceiling that creeps up to 1', () => {
    const e = new Extrapolation(0.5, 1.5, 1.1, 1.05)
    expect(e.accept(0.9)).toBe(true)
    expect(e.beta).toBeCloseTo(0.55, 12)
    for (let i = 0; i < 50; i++) e.accept(0.8 - i * 1e-3)
    expect(e.beta).toBeCloseTo(1, 12)
  })

  it('shrinks β when the error rises, and caps it at the last β that worked', () => {
    const e = new Extrapolation(0.5, 1.5, 1.1, 1.05)
    e.accept(0.9) // β 0.5 worked; now 0.55
    expect(e.accept(0.95)).toBe(false)
    expect(e.beta).toBeCloseTo(0.55 / 1.5, 12)
    e.accept(0.8) // works: β grows, but not past 0.5
    e.accept(0.7)
    e.accept(0.6)
    expect(e.beta).toBeLessThanOrEqual(0.5 * 1.05 ** 3 + 1e-12)
  })

  it('moves a factor along its last step, keeps it non-negative, and remembers the plain iterate', () => {
    const current = Float64Array.from([1, 2, 0.1])
    const previous = Float64Array.from([0.5, 3, 0.5])
    extrapolate(current, previous, 0.5)
    expect([...current]).toEqual([1.25, 1.5, 0])
    expect([...previous]).toEqual([1, 2, 0.1])
  })
})
