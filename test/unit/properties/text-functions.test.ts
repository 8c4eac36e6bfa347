// @vitest-environment jsdom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textToHtml } from '@/ingest/article-from-item'
import { plainTitle } from '@/ingest/formats/feed-fields'
import { sanitizeToParts } from '@/ingest/readable-parts'
import { summarize } from '@/ingest/summarize'
import { countWords, htmlToText, leadSentences } from '@/ingest/text'
import { PROPERTY_TIMEOUT_MS, timed } from './guards'
import { anyText, longText } from './input-arbitraries'

/** Runs per property; the file stays within a few seconds. */
const TEXT_RUNS = { plainTitle: 300, textToHtml: 300, summaries: 300, summariesLong: 15, sanitize: 150, sanitizeLong: 10 }

/** Prose-like text: words, sentence ends, blank lines; the material summaries are made of. */
const prose = fc
  .array(fc.oneof(fc.constantFrom('the', 'tide', 'came', 'in', 'Dr.', 'e.g.', 'U.S.', '“quoted”', 'don’t', '3.14', '日本語', 'ผม'), fc.string({ maxLength: 8 })), { maxLength: 120 })
  .chain((words) => fc.array(fc.constantFrom(' ', ' ', ' ', '. ', '! ', '? ', '\n\n', '…'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((word, i) => word + (gaps[i] ?? ' ')).join('')))

const anyProse = fc.oneof(prose, anyText)
/** Mostly short strings, one in sixteen long: long ones cost milliseconds each. */
const shortOrLong = fc.oneof({ weight: 15, arbitrary: anyText }, { weight: 1, arbitrary: longText })

describe('text functions return, within budget, for any input', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('plainTitle: any string gives null or one trimmed line without tags', () => {
    fc.assert(
      fc.property(shortOrLong, (text) => {
        const title = timed(() => plainTitle(text), 'plainTitle')
        if (title !== null) {
          expect(title).toBe(title.trim())
          expect(title).not.toMatch(/[\n\t]|<[^>]*>/)
        }
      }),
      { numRuns: TEXT_RUNS.plainTitle },
    )
  })

  it('textToHtml: paragraphs with every <, >, & and quote escaped', () => {
    fc.assert(
      fc.property(shortOrLong, (text) => {
        const html = timed(() => textToHtml(text), 'textToHtml')
        expect(html.replace(/<\/?p>/g, '')).not.toMatch(/[<>"']/)
      }),
      { numRuns: TEXT_RUNS.textToHtml },
    )
  })

  it('summarize, leadSentences, countWords: any text, in its own words', () => {
    fc.assert(
      fc.property(anyProse, (text) => {
        const summary = timed(() => summarize(text), 'summarize')
        // Sentences are joined with a space; every piece between spaces is the text's own.
        for (const piece of summary.split(' ')) expect(text).toContain(piece)
        expect(timed(() => leadSentences(text, 2, 90), 'leadSentences').length).toBeLessThanOrEqual(90)
        const words = timed(() => countWords(text), 'countWords')
        expect(Number.isInteger(words) && words >= 0).toBe(true)
      }),
      { numRuns: TEXT_RUNS.summaries },
    )
  })

  it('summarize and countWords: long texts (a book is a million characters) stay within budget', () => {
    const book = fc.tuple(prose, fc.integer({ min: 500, max: 3000 })).map(([text, times]) => `${text} `.repeat(times).slice(0, 300_000))
    fc.assert(
      fc.property(book, (text) => {
        timed(() => summarize(text), 'summarize')
        timed(() => countWords(text), 'countWords')
      }),
      { numRuns: TEXT_RUNS.summariesLong },
    )
  })

  it('sanitizeToParts and htmlToText: any markup gives script-free HTML and its text', () => {
    const markup = fc.oneof(anyText, fc.constantFrom('<script>x()</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">a</a>', '<svg><script>1</script></svg>', '<p>ok</p>'.repeat(50)))
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 6 }).map((pieces) => pieces.join('')), (html) => {
        const parts = timed(() => sanitizeToParts(html), 'sanitizeToParts')
        expect(parts.html).not.toMatch(/<script|javascript:|\bon\w+=/i)
        expect(typeof timed(() => htmlToText(parts.html), 'htmlToText')).toBe('string')
      }),
      { numRuns: TEXT_RUNS.sanitize },
    )
  })

  it('sanitizeToParts: long flat markup stays within budget', () => {
    // Flat: jsdom's HTML parser (not Folio's code) takes seconds on thousands of unclosed nested
    // elements; Chromium caps the tree's depth at 512, so the page is not exposed to that.
    const closed = fc.constantFrom('<p>Tide tables, <em>again</em>.</p>', '<a href="https://x.example/">link</a>', '<img src="x.png" onerror="alert(1)">', '<script>bad()</script>', '&amp; &lt;b&gt; ', '<br>')
    const flat = fc.tuple(fc.array(fc.oneof(closed, anyText.map((text) => text.replace(/</g, '&lt;'))), { minLength: 1, maxLength: 8 }), fc.integer({ min: 100, max: 1500 })).map(([pieces, times]) => pieces.join('').repeat(times).slice(0, 100_000))
    fc.assert(
      fc.property(flat, (html) => {
        const parts = timed(() => sanitizeToParts(html), 'sanitizeToParts')
        expect(parts.html).not.toMatch(/<script|\bon\w+=/i)
      }),
      { numRuns: TEXT_RUNS.sanitizeLong },
    )
  })
})
