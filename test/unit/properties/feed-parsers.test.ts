import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText } from '@/ingest/formats/decode'
import { parseFeedText } from '@/ingest/formats/feed'
import { parseJsonFeed, type JsonFeed } from '@/ingest/json-feed'
import { isClearMessage, outcomeOf, PROPERTY_TIMEOUT_MS, type Outcome } from './guards'
import { FEED_FIXTURES, anyText, longText, mutatedBytes, mutatedText } from './input-arbitraries'

/** Runs per property; the file stays within a few seconds. */
const FEED_RUNS = { strings: 300, long: 20, bytes: 300, mutated: 400, mutatedBytes: 200, jsonValues: 300 }

const ISO = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** What every parsed feed promises the pipeline, and every refusal promises the person. */
function checkOutcome(outcome: Outcome<JsonFeed>, text: string): void {
  if (!outcome.ok) {
    expect(['not_a_feed', 'not_json', 'not_json_feed']).toContain(outcome.error.code)
    expect(isClearMessage(outcome.error.message), outcome.error.message).toBe(true)
    return
  }
  const feed = outcome.value
  expect(feed.title.trim()).not.toBe('')
  const ids = feed.items.map((item) => item.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const item of feed.items) {
    expect(item.id.trim()).not.toBe('')
    expect(item.contentHtml !== null || item.contentText !== null).toBe(true)
    if (item.url !== null) expect(item.url).toMatch(/^https?:\/\//)
    // XML dates are normalized to ISO 8601 here; JSON Feed keeps its text, read when the article is made.
    if (item.datePublished !== null && !/^\s*[[{]/.test(text)) expect(item.datePublished).toMatch(ISO)
  }
  for (const entry of feed.skipped) {
    expect(Number.isInteger(entry.index) && entry.index >= 0).toBe(true)
    expect(entry.reason.trim()).not.toBe('')
  }
}

const parse = (text: string): Outcome<JsonFeed> => outcomeOf(() => parseFeedText(text), 'parseFeedText')

describe('feed parsers never throw anything but IngestError, and never hang', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('parseFeedText: any string', () => {
    fc.assert(fc.property(anyText, (text) => checkOutcome(parse(text), text)), { numRuns: FEED_RUNS.strings })
  })

  it('parseFeedText: long repetitive strings', () => {
    fc.assert(fc.property(longText, (text) => checkOutcome(parse(text), text)), { numRuns: FEED_RUNS.long })
  })

  it('parseFeedText after decodeText: any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const text = decodeText(bytes)
        checkOutcome(parse(text), text)
      }),
      { numRuns: FEED_RUNS.bytes },
    )
  })

  it('parseFeedText: valid feeds truncated, spliced, with ids repeated or dropped and dates replaced', () => {
    fc.assert(fc.property(mutatedText(FEED_FIXTURES), (text) => checkOutcome(parse(text), text)), { numRuns: FEED_RUNS.mutated })
  })

  it('parseFeedText after decodeText: valid feeds with random bytes written in', () => {
    fc.assert(fc.property(mutatedBytes(FEED_FIXTURES), (bytes) => {
        const text = decodeText(bytes)
        checkOutcome(parse(text), text)
      }), { numRuns: FEED_RUNS.mutatedBytes })
  })

  it('parseJsonFeed: any JSON value as the feed, its items, or one item', () => {
    const version = 'https://jsonfeed.org/version/1.1'
    const shapes = fc.oneof(
      fc.jsonValue(),
      fc.record({ version: fc.constant(version), items: fc.jsonValue() }),
      fc.record({ version: fc.constant(version), items: fc.array(fc.jsonValue(), { maxLength: 8 }) }),
      fc.record({
        version: fc.constant(version),
        items: fc.array(
          fc.record(
            { id: fc.jsonValue(), url: fc.jsonValue(), title: fc.jsonValue(), content_text: fc.jsonValue(), content_html: fc.jsonValue(), date_published: fc.jsonValue(), authors: fc.jsonValue(), tags: fc.jsonValue(), _folio: fc.jsonValue() },
            { requiredKeys: [] },
          ),
          { maxLength: 8 },
        ),
      }),
    )
    fc.assert(
      fc.property(shapes, (value) => {
        const text = JSON.stringify(value) ?? ''
        checkOutcome(outcomeOf(() => parseJsonFeed(text), 'parseJsonFeed'), text)
      }),
      { numRuns: FEED_RUNS.jsonValues },
    )
  })
})
