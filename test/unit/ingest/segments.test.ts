import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentsOf } from '@/ingest/segments'
import { PROPERTY_TIMEOUT_MS, cpuClock } from '../properties/guards'

const words = new Intl.Segmenter('en', { granularity: 'word' })
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })
const listed = (segments: Iterable<Intl.SegmentData>) => [...segments].map(({ segment, index, isWordLike }) => ({ segment, index, isWordLike }))

/** Text in short pieces (no segment near a window's length), across many windows. */
const longProse = fc
  .array(fc.oneof(fc.constantFrom('tide', 'Dr.', 'U.S.', 'don’t', '3.14', 'e.g.', '“Hi.”', '日本語の文', 'ผมรัก', '👍🏽', 'é'), fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 200, maxLength: 1500 })
  .chain((pieces) => fc.array(fc.constantFrom(' ', '. ', '? ', '\n', '  ', ', '), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((piece, i) => piece + (gaps[i] ?? ' ')).join('')))

describe('segmentsOf', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('gives exactly what Intl.Segmenter gives, window by window', () => {
    fc.assert(
      fc.property(longProse, (text) => {
        expect(listed(segmentsOf(words, text))).toEqual(listed(words.segment(text)))
        expect(listed(segmentsOf(sentences, text))).toEqual(listed(sentences.segment(text)))
      }),
      { numRuns: 60 },
    )
  })

  it('cuts a segment longer than a window where the window ends, and loses no character', () => {
    const thai = 'ผมรักคุณมาก'.repeat(400) // no sentence end in 4,400 characters
    const pieces = listed(segmentsOf(sentences, thai))
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.map((piece) => piece.segment).join('')).toBe(thai)
  })

  it('splits a million characters into words in seconds, not minutes', () => {
    const text = 'The quick brown fox jumps over the lazy dog’s back. '.repeat(20_000)
    const elapsed = cpuClock()
    let count = 0
    for (const segment of segmentsOf(words, text)) if (segment.isWordLike) count += 1
    expect(count).toBe(200_000)
    // Before windows, V8 took over a second for 100,000 characters and minutes for a million.
    expect(elapsed()).toBeLessThan(8_000)
  })
})
