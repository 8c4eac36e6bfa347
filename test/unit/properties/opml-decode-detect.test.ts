import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText } from '@/ingest/formats/decode'
import { detectFileKind } from '@/ingest/formats/detect'
import { exportOpml, parseOpml, type OpmlSubscription } from '@/ingest/formats/opml'
import { isClearMessage, outcomeOf, PROPERTY_TIMEOUT_MS, timed, type Outcome } from './guards'
import { OPML_FIXTURES, anyText, longText, mutatedBytes, mutatedText } from './input-arbitraries'

/** Runs per property; the file stays within a few seconds. */
const OPML_DETECT_RUNS = { opmlStrings: 300, opmlLong: 20, opmlMutated: 300, opmlTrees: 100, decode: 500, decodeMutated: 200, detect: 500 }

function checkOpml(outcome: Outcome<OpmlSubscription[]>): void {
  if (!outcome.ok) {
    expect(outcome.error.code).toBe('not_opml')
    expect(isClearMessage(outcome.error.message), outcome.error.message).toBe(true)
    return
  }
  expect(outcome.value.length).toBeGreaterThan(0)
  const urls = outcome.value.map((entry) => entry.xmlUrl)
  expect(new Set(urls).size).toBe(urls.length)
  for (const entry of outcome.value) {
    expect(entry.xmlUrl).toMatch(/^https?:\/\//)
    expect(entry.title.trim()).not.toBe('')
    if (entry.htmlUrl !== null) expect(entry.htmlUrl).toMatch(/^https?:\/\//)
  }
}

const opml = (text: string): Outcome<OpmlSubscription[]> => outcomeOf(() => parseOpml(text), 'parseOpml')

/** Subscription lists as a person's folders make them: names, nesting, duplicates. */
const subscriptions = fc.array(
  fc.record({
    title: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }).filter((title) => title.trim() !== ''),
    xmlUrl: fc.webUrl({ validSchemes: ['https'] }),
    htmlUrl: fc.option(fc.webUrl({ validSchemes: ['https'] }), { nil: null }),
    categories: fc.array(fc.constantFrom('News', 'Café & Co', '<b>Tech</b>', 'A "quoted" folder'), { maxLength: 1 }),
  }),
  { minLength: 1, maxLength: 30 },
)

describe('OPML, decoding and sniffing never throw anything but IngestError, and never hang', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('parseOpml: any string', () => {
    fc.assert(fc.property(anyText, (text) => checkOpml(opml(text))), { numRuns: OPML_DETECT_RUNS.opmlStrings })
  })

  it('parseOpml: long repetitive strings', () => {
    fc.assert(fc.property(longText, (text) => checkOpml(opml(text))), { numRuns: OPML_DETECT_RUNS.opmlLong })
  })

  it('parseOpml: a valid export truncated, spliced or repeated', () => {
    fc.assert(fc.property(mutatedText(OPML_FIXTURES), (text) => checkOpml(opml(text))), { numRuns: OPML_DETECT_RUNS.opmlMutated })
  })

  it('exportOpml then parseOpml gives back every distinct feed, whatever the titles hold', () => {
    fc.assert(
      fc.property(subscriptions, (entries) => {
        const text = exportOpml(entries, { title: 'Folio', dateCreated: new Date(0) })
        const outcome = opml(text)
        checkOpml(outcome)
        const distinct = [...new Map(entries.map((entry) => [new URL(entry.xmlUrl).href, entry])).keys()]
        expect(outcome.ok && outcome.value.map((entry) => entry.xmlUrl)).toEqual(expect.arrayContaining(distinct))
      }),
      { numRuns: OPML_DETECT_RUNS.opmlTrees },
    )
  })

  it('decodeText: any bytes and any Content-Type give a string, and never throw', () => {
    const contentType = fc.option(fc.oneof(fc.string(), fc.constantFrom('text/xml; charset=utf-8', 'text/xml; charset=UTF-16', 'text/html; charset="shift_jis"', 'application/rss+xml; charset=x-user-defined', 'text/plain; charset=')), { nil: null })
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      // A declaration followed by noise: the prolog decides the decoder.
      fc.tuple(fc.constantFrom('utf-8', 'UTF-16', 'utf-16be', 'Shift_JIS', 'windows-1252', 'iso-2022-jp', 'replacement', 'bogus', 'x-user-defined'), fc.uint8Array({ maxLength: 512 })).map(
        ([label, noise]) => new Uint8Array([...new TextEncoder().encode(`<?xml version="1.0" encoding="${label}"?>`), ...noise]),
      ),
    )
    fc.assert(
      fc.property(bytes, contentType, (input, type) => {
        expect(typeof timed(() => decodeText(input, type), 'decodeText')).toBe('string')
      }),
      { numRuns: OPML_DETECT_RUNS.decode },
    )
  })

  it('decodeText: UTF-8 text round-trips, with or without a byte-order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (text, bom) => {
        const encoded = new TextEncoder().encode(text)
        const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...encoded]) : encoded
        // A text that starts with U+FEFF loses it, as every decoder does.
        expect(decodeText(bytes)).toBe(bom ? text : text.replace(/^\uFEFF/, ''))
      }),
      { numRuns: OPML_DETECT_RUNS.decodeMutated },
    )
  })

  it('decodeText: valid fixtures with random bytes written in', () => {
    fc.assert(fc.property(mutatedBytes(OPML_FIXTURES), (bytes) => {
          expect(typeof timed(() => decodeText(bytes))).toBe('string')
        }),
      { numRuns: OPML_DETECT_RUNS.decodeMutated })
  })

  it('detectFileKind: any name, MIME type and head give a known kind or null', () => {
    const kinds = [null, 'json-feed', 'feed', 'opml', 'html', 'markdown', 'text']
    const name = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('feed.xml', 'a.OPML', 'x.json', '.md', 'no-extension', 'a.b.c.txt', ''))
    const mime = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', 'text/xml', 'application/json', 'image/png', 'text/x-opml'))
    fc.assert(
      fc.property(name, mime, fc.oneof(anyText, longText), (fileName, type, head) => {
        expect(kinds).toContain(timed(() => detectFileKind(fileName, type, head.slice(0, 2048)), 'detectFileKind'))
      }),
      { numRuns: OPML_DETECT_RUNS.detect },
    )
  })
})
