import { decodeHTML } from 'entities'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plainTitle } from '@/ingest/formats/feed-fields'
import { summarize } from '@/ingest/summarize'
import { countWords, leadSentences } from '@/ingest/text'
import { PROPERTY_TIMEOUT_MS, cpuTimed } from '../../properties/guards'

/** CPU time, generous: before the fixes these took from tens of seconds to minutes, or threw. */
const BUDGET_MS = 5000

/** plainTitle as it was, with `/<[^>]*>/g`: the oracle for what a title should become. */
function regexPlainTitle(value: string): string | null {
  let text = value
  for (let pass = 0; pass < 2; pass += 1) text = decodeHTML(text.replace(/<[^>]*>/g, ''))
  return text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() || null
}

/** Word n of an endless list of distinct letter-only words: a, b, …, z, ba, bb, … */
const nthWord = (n: number): string => n.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)))

describe('long and adversarial fields stay fast', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('a 200,000-character title of unclosed "<a" is cleaned in linear time', () => {
    // `/<[^>]*>/g` rescans to the end from every "<" when no ">" follows: 11 s for half this title, 45 s for it.
    const { value, ms } = cpuTimed(() => plainTitle('<a'.repeat(100_000)))
    expect(value).toBe('<a'.repeat(100_000))
    expect(ms).toBeLessThan(BUDGET_MS)
  })

  it('titles are cleaned exactly as the tag-stripping expression did', () => {
    const markup = fc.string({ maxLength: 80, unit: fc.constantFrom('<', '>', 'a', ' ', '&lt;', '&gt;', '&amp;', 'b>', '<i>', '\n') })
    fc.assert(
      fc.property(markup, (title) => {
        expect(plainTitle(title)).toBe(regexPlainTitle(title))
      }),
      { numRuns: 500 },
    )
  })

  it('summarizes a text with 200,000 distinct words (a spread of that many arguments overflowed the stack)', () => {
    const words = Array.from({ length: 200_000 }, (_, n) => `z${nthWord(n)}`)
    const text = `${words.slice(0, 100_000).join(' ')}. ${words.slice(100_000).join(' ')}. A short closing line.`
    const { value, ms } = cpuTimed(() => summarize(text))
    expect(value.length).toBeGreaterThan(0)
    expect(ms).toBeLessThan(BUDGET_MS)
  })

  it('counts the words of a 1.2-million-character book and finds its first sentences in seconds', () => {
    const book = 'Call me Ishmael. Some years ago, never mind how long precisely, I thought I would sail about a little. '.repeat(12_000)
    const words = cpuTimed(() => countWords(book))
    expect(words.value).toBe(19 * 12_000)
    expect(words.ms).toBeLessThan(BUDGET_MS)
    expect(leadSentences(book, 1, 90)).toBe('Call me Ishmael.')
    expect(cpuTimed(() => summarize(book)).ms).toBeLessThan(BUDGET_MS)
  })
})
