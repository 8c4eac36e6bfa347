import { describe, expect, it } from 'vitest'
import { formatBytes } from '@/composables/storage'

describe('formatBytes', () => {
  it('uses decimal units as browsers do', () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(999)).toBe('999 bytes')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(52_000_000)).toBe('52 MB')
    expect(formatBytes(2_300_000_000)).toBe('2.3 GB')
  })
})
