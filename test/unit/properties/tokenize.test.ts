import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '@/ml/text/tokenize'
import { PROPERTY_TIMEOUT_MS, timed } from './guards'
import { anyText, longText } from './input-arbitraries'

/** Runs per property; the file stays within a few seconds. */
const TOKENIZE_RUNS = { any: 1000, long: 12, locales: 300 }

/** Scripts and forms the segmenter treats specially, mixed in with arbitrary code points. */
const scripts = fc.string({
  maxLength: 200,
  unit: fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom('İstanbul', 'ΣΟΦΟΣ', 'don’t', "whale's", 'ﬁsh', 'Ｆｕｌｌ', '日本語の文章', 'ผมรักคุณ', 'مرحبا', 'a\u0301', '\u200d', '\u00ad', 'U.S.A.', 'www.example.com', '1850s', '𝒜𝒷', ' ', '\n', '\u3000'),
  ),
})

function checkTokens(tokens: string[], locale: string): void {
  for (const token of tokens) {
    expect(token.length).toBeGreaterThan(0)
    expect([...token].length, token).toBeGreaterThanOrEqual(2)
    expect(token, token).toBe(token.toLocaleLowerCase(locale))
    expect(token, token).not.toMatch(/\s/u)
    expect(token, token).toMatch(/\p{L}/u)
    expect(token, token).not.toMatch(/\p{N}/u)
  }
}

describe('tokenize', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('any string: non-empty lower-case tokens without whitespace, the same every time', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, scripts), (text) => {
        const tokens = timed(() => tokenize(text), 'tokenize')
        checkTokens(tokens, 'en')
        expect(tokenize(text)).toEqual(tokens)
      }),
      { numRuns: TOKENIZE_RUNS.any },
    )
  })

  it('long strings stay within budget', () => {
    fc.assert(
      fc.property(longText, (text) => {
        checkTokens(timed(() => tokenize(text), 'tokenize'), 'en')
      }),
      { numRuns: TOKENIZE_RUNS.long },
    )
  })

  it('any supported locale, including Turkish and Greek lower-casing', () => {
    fc.assert(
      fc.property(scripts, fc.constantFrom('en', 'tr', 'el', 'ja', 'th', 'de'), (text, locale) => {
        checkTokens(timed(() => tokenize(text, { locale }), 'tokenize'), locale)
      }),
      { numRuns: TOKENIZE_RUNS.locales },
    )
  })
})
