// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@/db'
import { getArticle, listArticleSummaries } from '@/db/articles'
import type { StoreNames } from 'idb'
import type { FolioDB } from '@/db/schema'
import { IngestError } from '@/ingest/errors'
import { parseFeedText } from '@/ingest/formats/feed'
import type { JsonFeed } from '@/ingest/json-feed'
import { MAX_ARTICLE_CHARS } from '@/ingest/limits'
import { ingestFeed, ingestFeedText, type IngestHooks } from '@/ingest/pipeline'
import { sanitizeToParts } from '@/ingest/readable-parts'
import { resetIndexedDb } from '../../db/reset'
import { fixtureText } from './outcomes'
import { PROPERTY_TIMEOUT_MS } from '../../properties/guards'

const hooks: IngestHooks = { sanitize: (bodies) => Promise.resolve(bodies.map(({ html, text }) => sanitizeToParts(html, text))) }
const NOW = Date.UTC(2026, 10, 26)

const jsonFeed = (title: string, items: object[]): string => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items })

/** Every record of every store: what "the library is unchanged" compares. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const db = await getDb()
  const names = [...db.objectStoreNames] as Array<StoreNames<FolioDB>>
  const entries = await Promise.all(names.map(async (name) => [name, await db.getAll(name)] as const))
  return Object.fromEntries(entries)
}

async function errorOf(run: Promise<unknown>): Promise<{ code: string; message: string } | { other: string }> {
  try {
    await run
  } catch (error) {
    return error instanceof IngestError ? { code: error.code, message: error.message } : { other: String(error) }
  }
  throw new Error('expected the ingest to fail')
}

describe('the pipeline with bad items', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  beforeEach(async () => {
    await resetIndexedDb()
  })

  it('stores the good items of a feed full of bad ones and reports each bad one with its reason', async () => {
    const report = await ingestFeedText(fixtureText('hostile/rss-bad-items.xml'), { url: 'https://allotment.example/rss', kind: 'feed' }, hooks, NOW)
    expect(report.added).toBe(6)
    expect(report.skipped).toEqual([
      { index: 2, reason: 'item "https://allotment.example/3" has no content' },
      { index: 3, reason: 'duplicate id "https://allotment.example/1"' },
      { index: 8, reason: 'item "https://allotment.example/9" has no text and no title' },
    ])
    const stored = await listArticleSummaries()
    expect(stored.map((article) => article.title).sort()).toEqual([
      'A broken link and a date nobody can read',
      'A script link and no title: the link is dropped, the item kept.', // the lead sentence stands in for a title
      'Dates: a W3CDTF month',
      'Dates: a zone-less local time',
      'Good: a guid, a body and an RFC 822 date',
      'No guid and no link: only a body',
    ])
    const undated = stored.find((article) => article.title === 'A broken link and a date nobody can read')
    expect(undated?.publishedAt).toBe(undated?.addedAt) // an unreadable date: dated when added
  })

  it('never stores a javascript: URL from a JSON Feed, and keeps the item', async () => {
    const report = await ingestFeedText(fixtureText('hostile/json-feed-bad-items.json'), { url: 'https://allotment.example/feed.json', kind: 'feed' }, hooks, NOW)
    expect(report.added).toBe(6)
    expect(report.skipped.map((entry) => entry.reason)).toEqual([
      'missing id',
      'item "4" has no content',
      'duplicate id "1"',
      'not an object',
      'not an object',
      'missing id',
      'item "13" has no text and no title',
    ])
    const stored = await Promise.all((await listArticleSummaries()).map((summary) => getArticle(summary.id)))
    expect(stored.map((article) => article?.url).filter((url) => url && !/^https:\/\//.test(url))).toEqual([])
  })

  it('refuses a new feed whose items are all bad, saying why, and stores nothing', async () => {
    const text = jsonFeed('All bad', [{ id: 'a' }, { id: 'b', content_html: '<script>x()</script>' }, { content_text: 'no id' }])
    expect(await errorOf(ingestFeedText(text, { url: 'https://bad.example/feed.json', kind: 'feed' }, hooks, NOW))).toEqual({
      code: 'no_items',
      message: '“All bad” has no readable items: 3 skipped (no content: 1, no text and no title: 1, missing id: 1).',
    })
    expect(await snapshot()).toMatchObject({ sources: [], articles: [], bodies: [] })
  })

  it.each([
    ['an RSS channel with no items', '<rss version="2.0"><channel><title>Quiet</title></channel></rss>', '“Quiet” has no articles.'],
    ['a JSON Feed with an empty items list', jsonFeed('Quiet', []), '“Quiet” has no articles.'],
  ])('refuses %s with a clear message', async (_name, text, message) => {
    expect(await errorOf(ingestFeedText(text, { url: 'https://quiet.example/feed', kind: 'feed' }, hooks, NOW))).toEqual({ code: 'no_items', message })
  })

  it('skips an article too long to read as one, and keeps the rest of the feed', async () => {
    const huge = 'word '.repeat(MAX_ARTICLE_CHARS / 5 + 1)
    const report = await ingestFeedText(jsonFeed('Long', [{ id: 'big', content_text: huge }, { id: 'ok', content_text: 'Short.' }]), { url: 'https://long.example/feed', kind: 'feed' }, hooks, NOW)
    expect(report.added).toBe(1)
    expect(report.skipped).toEqual([{ index: 0, reason: 'item "big" has too much text: 5.1 MB, more than one article can hold (5 MB)' }])
  })
})

describe('after any failure the library is unchanged', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  const origin = { url: 'https://allotment.example/rss', kind: 'feed' as const, etag: '"v1"' }

  beforeEach(async () => {
    await resetIndexedDb()
    await ingestFeedText(fixtureText('hostile/rss-bad-items.xml'), origin, hooks, NOW)
  })

  const newItems = jsonFeed('Allotment Notes', Array.from({ length: 60 }, (_, n) => ({ id: `new-${n}`, content_html: `<p>New item ${n}.</p>` })))

  it.each([
    ['a refresh that is malformed XML', 'not_a_feed', /^This feed is cut off/, () => ingestFeedText('<rss version="2.0"><channel><item><guid>x</guid>', { ...origin, etag: '"v2"' }, hooks, NOW + 1)],
    ['a refresh cut off mid-download', 'not_a_feed', /^This feed is malformed/, () => ingestFeedText(fixtureText('hostile/rss-bad-items.xml').slice(0, 900), { ...origin, etag: '"v2"' }, hooks, NOW + 1)],
    ['a refresh cancelled after two batches', 'cancelled', /nothing was saved/, () => {
      let checks = 0
      return ingestFeedText(newItems, { ...origin, etag: '"v2"' }, { ...hooks, isCancelled: () => ++checks > 2 }, NOW + 1)
    }],
    ['a refresh whose sanitizer fails in the page', 'failed', /^Something went wrong while preparing “Allotment Notes”, so nothing was added \(page closed\)\.$/, () => ingestFeedText(newItems, { ...origin, etag: '"v2"' }, { sanitize: () => Promise.reject(new Error('page closed')) }, NOW + 1)],
    ['a refresh whose write fails inside the transaction', 'failed', /^Something went wrong while saving “Allotment Notes”, so nothing was added \(.*could not be cloned\)\.$/, () => {
      // A value IndexedDB cannot clone makes the 30th put throw, after 29 succeeded in the same transaction.
      const feed: JsonFeed = parseFeedText(newItems)
      const poisoned = feed.items.map((item, n) => (n === 29 ? { ...item, tags: [(() => 1) as unknown as string] } : item))
      return ingestFeed({ ...feed, items: poisoned }, { ...origin, etag: '"v2"' }, hooks, NOW + 1)
    }],
    ['a new feed with nothing to read', 'no_items', /^“Empty” has no articles\.$/, () => ingestFeedText(jsonFeed('Empty', []), { url: 'https://empty.example/feed', kind: 'feed' }, hooks, NOW + 1)],
  ])('%s', async (name, code, message, run) => {
    const before = await snapshot()
    const error = await errorOf(run())
    if (process.env.FOLIO_BAD_INPUT_REPORT) console.log(`${name}\t${JSON.stringify(error)}`)
    expect(error).toEqual({ code, message: expect.stringMatching(message) as string })
    expect(await snapshot()).toEqual(before)
  })
})
