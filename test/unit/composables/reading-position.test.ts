import { describe, expect, it } from 'vitest'
import { fractionAt, lineFor, type LaidOutBlock } from '@/composables/reading-position'

// Three paragraphs of 100, 300 and 100 characters.
const narrow: LaidOutBlock[] = [
  { top: 100, height: 100, chars: 100 },
  { top: 220, height: 300, chars: 300 },
  { top: 540, height: 100, chars: 100 },
]
// The same text in a larger font: every block is twice as tall.
const large: LaidOutBlock[] = [
  { top: 100, height: 200, chars: 100 },
  { top: 320, height: 600, chars: 300 },
  { top: 940, height: 200, chars: 100 },
]

describe('reading position', () => {
  it('measures the fraction of text above the reading line', () => {
    expect(fractionAt(narrow, 0)).toBe(0)
    expect(fractionAt(narrow, 150)).toBeCloseTo(50 / 500)
    expect(fractionAt(narrow, 210)).toBeCloseTo(100 / 500) // in the gap between paragraphs
    expect(fractionAt(narrow, 370)).toBeCloseTo(250 / 500)
    expect(fractionAt(narrow, 10_000)).toBe(1)
  })

  it('finds the same sentence again after the font size changes', () => {
    const fraction = fractionAt(narrow, 370) // half way through the text
    const line = lineFor(large, fraction)
    expect(line).toBeCloseTo(320 + 0.5 * 600)
    expect(fractionAt(large, line)).toBeCloseTo(fraction)
  })

  it('round-trips any fraction', () => {
    for (const fraction of [0, 0.01, 0.2, 0.5, 0.77, 0.99]) {
      expect(fractionAt(narrow, lineFor(narrow, fraction))).toBeCloseTo(fraction)
    }
    expect(lineFor(narrow, 1)).toBe(640)
  })

  it('copes with an empty article', () => {
    expect(fractionAt([], 100)).toBe(0)
    expect(lineFor([], 0.5)).toBe(0)
  })
})
