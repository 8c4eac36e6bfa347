import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SourceRecord } from '@/db/schema'
import { articleFromItem, textOnlyParts, type ReadableParts } from '@/ingest/article-from-item'
import { parseFeedText } from '@/ingest/formats/feed'
import { parseJsonFeed } from '@/ingest/json-feed'

/**
 * Every date form feeds use, and what Folio reads from it. A date without a zone is read as UTC
 * (RFC 822 and RFC 3339 require a zone; guessing the device's zone would give one article
 * different dates on different devices). Military zones count as UTC (RFC 5322 §4.3).
 * Unreadable dates: the item is kept, without a date (`datePublished` null), and the article
 * is dated when it was added, the rule `articleFromItem` already had.
 */
const DATES: Array<[string, string | null]> = [
  // RFC 822 / RFC 5322 (RSS pubDate)
  ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['10 Jun 2003 04:00:00 +0000', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 -0400', '2003-06-10T08:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 +0530', '2003-06-09T22:30:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 EST', '2003-06-10T09:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 UT', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 UTC', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 Z', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 A', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 03 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
  ['Tue, 1 Jun 2003 04:00:00 GMT', '2003-06-01T04:00:00.000Z'],
  ['tue, 10 jun 2003 04:00:00 gmt', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00 +0000 (UTC)', '2003-06-10T04:00:00.000Z'],
  ['Tue, 10 Jun 2003 04:00:00', '2003-06-10T04:00:00.000Z'],
  ['Tuesday, 10-Jun-03 04:00:00 GMT', '2003-06-10T04:00:00.000Z'], // RFC 850
  ['Tue Jun 10 2003 04:00:00 GMT+0200 (Central European Summer Time)', '2003-06-10T02:00:00.000Z'], // JavaScript's Date#toString
  ['Tue, 10 Jun 2003 04:00:00 CEST', '2003-06-10T02:00:00.000Z'],
  ['June 10, 2003', '2003-06-10T00:00:00.000Z'],
  // RFC 3339 / ISO 8601 (Atom, JSON Feed)
  ['2003-06-10T04:00:00Z', '2003-06-10T04:00:00.000Z'],
  ['2003-06-10T04:00:00+02:00', '2003-06-10T02:00:00.000Z'],
  ['2003-06-10T04:00:00+0200', '2003-06-10T02:00:00.000Z'],
  ['2003-06-10T04:00:00+02', '2003-06-10T02:00:00.000Z'],
  ['2003-06-10T04:00:00.123456-05:00', '2003-06-10T09:00:00.123Z'],
  ['2003-06-10t04:00:00z', '2003-06-10T04:00:00.000Z'],
  ['2003-06-10 04:00:00', '2003-06-10T04:00:00.000Z'],
  ['2003-06-10T04:00', '2003-06-10T04:00:00.000Z'],
  // W3CDTF reduced precision (dc:date)
  ['2003-06-10', '2003-06-10T00:00:00.000Z'],
  ['2003-12', '2003-12-01T00:00:00.000Z'],
  ['2003', '2003-01-01T00:00:00.000Z'],
  // Unreadable: no date
  ['0000-00-00 00:00:00', null],
  ['yesterday', null],
  ['N/A', null],
  ['Tue, 10 Jun 2003 25:00:00 GMT', null],
  ['2003-13-45', null],
  ['Tue, 10 Jun 2003 04:00:00 CEST-ish', null],
]

const rssWithDate = (date: string): string =>
  `<rss version="2.0"><channel><title>T</title><item><guid>1</guid><pubDate>${date}</pubDate><description>x</description></item></channel></rss>`

const source: SourceRecord = { id: 's', kind: 'feed', title: 'S', url: null, addedAt: 0, etag: null, lastModified: null, fetchedAt: 0 }
const ADDED_AT = Date.UTC(2026, 0, 1)

describe('dates in every form feeds use, read the same in any time zone', () => {
  const zone = process.env.TZ
  // Far from UTC, so a date read in the device's zone would show.
  beforeAll(() => {
    process.env.TZ = 'America/New_York'
  })
  afterAll(() => {
    process.env.TZ = zone
  })

  it.each(DATES)('RSS pubDate %j → %s', (date, expected) => {
    const feed = parseFeedText(rssWithDate(date))
    expect(feed.items).toHaveLength(1) // an unreadable date never drops the item
    expect(feed.items[0]?.datePublished).toBe(expected)
  })

  it.each(DATES)('JSON Feed date_published %j → the article is dated %s (or when it was added)', async (date, expected) => {
    const feed = parseJsonFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', content_text: 'x', date_published: date }] }))
    const [item] = feed.items
    if (!item) throw new Error('the item was dropped')
    const article = await articleFromItem(item, source, textOnlyParts(item) as ReadableParts, ADDED_AT)
    expect(article.publishedAt).toBe(expected === null ? ADDED_AT : Date.parse(expected))
  })

  it('Atom: published wins over updated; an unreadable published falls back to updated', () => {
    const entry = (published: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><published>${published}</published><updated>2003-06-11T00:00:00Z</updated><content>x</content></entry></feed>`
    expect(parseFeedText(entry('2003-06-10T04:00:00-07:00')).items[0]?.datePublished).toBe('2003-06-10T11:00:00.000Z')
    expect(parseFeedText(entry('not a date')).items[0]?.datePublished).toBe('2003-06-11T00:00:00.000Z')
  })
})
