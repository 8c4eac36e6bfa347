import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { IngestError } from '@/ingest/errors'
import { parseJsonFeed, parseJsonFeedItem } from '@/ingest/json-feed'

const V11 = 'https://jsonfeed.org/version/1.1'
const feedText = (extra: Record<string, unknown>): string => JSON.stringify({ version: V11, title: 'A feed', ...extra })

/** Runs `fn` and returns the IngestError it throws (fails the test if it throws nothing or something else). */
function ingestErrorOf(fn: () => unknown): IngestError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError)
    return error as IngestError
  }
  throw new Error('expected an IngestError, nothing was thrown')
}

describe('parseJsonFeed', () => {
  it('reads a valid JSON Feed 1.1 with all the fields Folio uses', () => {
    const feed = parseJsonFeed(
      feedText({
        home_page_url: 'https://example.com/',
        feed_url: 'https://example.com/feed.json',
        items: [
          {
            id: 'https://example.com/a',
            url: 'https://example.com/a',
            title: 'A',
            content_html: '<p>Hello</p>',
            summary: 'Greeting',
            date_published: '2024-05-01T12:00:00Z',
            authors: [{ name: 'Ada' }, { url: 'https://no-name.example' }, { name: 'Grace' }],
            tags: ['one', 2, '', 'two'],
            language: 'fr',
          },
        ],
      }),
    )
    expect(feed).toMatchObject({ title: 'A feed', homePageUrl: 'https://example.com/', feedUrl: 'https://example.com/feed.json', language: null, skipped: [] })
    expect(feed.items).toEqual([
      {
        id: 'https://example.com/a',
        url: 'https://example.com/a',
        title: 'A',
        contentHtml: '<p>Hello</p>',
        contentText: null,
        summary: 'Greeting',
        datePublished: '2024-05-01T12:00:00Z',
        authors: ['Ada', 'Grace'],
        tags: ['one', 'two'],
        language: 'fr',
        documentUrl: null,
      },
    ])
  })

  it('accepts JSON Feed 1.0 and gives an untitled feed a title', () => {
    const feed = parseJsonFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', items: [{ id: 'x', content_text: 'Hi' }] }))
    expect(feed.title).toBe('Untitled feed')
    expect(feed.items.map((item) => item.id)).toEqual(['x'])
  })

  it('turns numeric ids into strings', () => {
    const feed = parseJsonFeed(feedText({ items: [{ id: 42, content_text: 'Answer' }, { id: 0, content_text: 'Zero' }] }))
    expect(feed.items.map((item) => item.id)).toEqual(['42', '0'])
  })

  it('skips items without an id or without content, with a reason, and keeps the good ones', () => {
    const feed = parseJsonFeed(
      feedText({
        items: [
          { id: 'good-1', content_text: 'Fine' },
          { content_text: 'No id' },
          { id: '   ', content_text: 'Blank id' },
          { id: 'empty', title: 'Only a title' },
          { id: 'blank', content_html: '  ', content_text: '' },
          'not an object',
          { id: 'good-2', content_html: '<p>Also fine</p>' },
        ],
      }),
    )
    expect(feed.items.map((item) => item.id)).toEqual(['good-1', 'good-2'])
    expect(feed.skipped.map((entry) => entry.index)).toEqual([1, 2, 3, 4, 5])
    expect(feed.skipped[0]?.reason).toMatch(/missing id/)
    expect(feed.skipped[2]?.reason).toMatch(/"empty".*content/)
    expect(feed.skipped[4]?.reason).toMatch(/not an object/)
  })

  it('skips a duplicate id and keeps the first', () => {
    const feed = parseJsonFeed(
      feedText({ items: [{ id: 'a', content_text: 'First' }, { id: 'a', content_text: 'Second' }, { id: 7, content_text: 'x' }, { id: '7', content_text: 'y' }] }),
    )
    expect(feed.items.map((item) => [item.id, item.contentText])).toEqual([
      ['a', 'First'],
      ['7', 'x'],
    ])
    expect(feed.skipped).toEqual([
      { index: 1, reason: expect.stringContaining('duplicate') as unknown },
      { index: 3, reason: expect.stringContaining('duplicate') as unknown },
    ])
  })

  it.each(['', 'not json', '{"version":', '<rss></rss>'])('throws not_json for %j', (text) => {
    expect(ingestErrorOf(() => parseJsonFeed(text)).code).toBe('not_json')
  })

  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['an object without version', JSON.stringify({ title: 'x', items: [] })],
    ['another version URL', JSON.stringify({ version: 'https://example.com/version/1', items: [] })],
    ['a numeric version', JSON.stringify({ version: 1.1, items: [] })],
  ])('throws not_json_feed for %s', (_label, text) => {
    expect(ingestErrorOf(() => parseJsonFeed(text)).code).toBe('not_json_feed')
  })

  it.each([['missing', undefined], ['an object', { 0: { id: 'a' } }], ['a string', 'items']])('throws not_json_feed when items is %s', (_label, items) => {
    expect(ingestErrorOf(() => parseJsonFeed(feedText({ items }))).code).toBe('not_json_feed')
  })

  it('lets items inherit the feed language unless they set their own', () => {
    const feed = parseJsonFeed(feedText({ language: 'de', items: [{ id: 'a', content_text: 'Hallo' }, { id: 'b', content_text: 'Bonjour', language: 'fr' }] }))
    expect(feed.language).toBe('de')
    expect(feed.items.map((item) => item.language)).toEqual(['de', 'fr'])
  })

  it('reads the _folio.document_url extension into documentUrl', () => {
    const feed = parseJsonFeed(
      feedText({
        items: [
          { id: 'a', content_text: 'x', _folio: { document_url: '/articles/a.json' } },
          { id: 'b', content_text: 'x', _folio: 'not an object' },
          { id: 'c', content_text: 'x' },
        ],
      }),
    )
    expect(feed.items.map((item) => item.documentUrl)).toEqual(['/articles/a.json', null, null])
  })
})

describe('parseJsonFeedItem', () => {
  it('returns a reason string for something that is not an item', () => {
    expect(parseJsonFeedItem(null)).toBe('not an object')
    expect(parseJsonFeedItem(['id'])).toBe('not an object')
  })
})

describe('the shipped sample feed', () => {
  it('public/samples/welcome.json parses with every item and none skipped', async () => {
    const text = await readFile(new URL('../../../public/samples/welcome.json', import.meta.url), 'utf8')
    const raw = JSON.parse(text) as { items: Array<{ id: string }> }
    const feed = parseJsonFeed(text)
    expect(feed.skipped).toEqual([])
    expect(feed.items.length).toBeGreaterThan(0)
    expect(feed.items.map((item) => item.id)).toEqual(raw.items.map((item) => item.id))
    for (const item of feed.items) {
      expect(item.contentHtml ?? item.contentText).toBeTruthy()
      expect(item.language).toBe('en')
    }
  })
})
