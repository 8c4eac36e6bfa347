// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { SourceRecord } from '@/db/schema'
import { articleFromItem, textOnlyParts } from '@/ingest/article-from-item'
import type { JsonFeedItem } from '@/ingest/json-feed'
import { readableParts } from '@/ingest/readable-parts'

const NOW = Date.UTC(2026, 0, 15, 8, 30)

/** As ingest does it: the body sanitized in the page, the rest computed from it. */
const build = (it: JsonFeedItem, src: SourceRecord, now: number) => articleFromItem(it, src, readableParts(it), now)

const source = (id = 'source-a'): SourceRecord => ({
  id,
  kind: 'feed',
  title: 'A source',
  url: 'https://example.com/feed.json',
  addedAt: NOW,
  etag: null,
  lastModified: null,
  fetchedAt: NOW,
})

const item = (overrides: Partial<JsonFeedItem> = {}): JsonFeedItem => ({
  id: 'item-1',
  url: 'https://example.com/a',
  title: 'A title',
  contentHtml: null,
  contentText: 'Some text.',
  summary: null,
  datePublished: null,
  authors: [],
  tags: [],
  language: null,
  documentUrl: null,
  ...overrides,
})

describe('articleFromItem: content', () => {
  it('turns content_text into escaped <p> paragraphs', async () => {
    const article = await build(item({ contentText: 'Use <b>bold</b> & "quotes".\n\n  Second paragraph.  \n\n\n' }), source(), NOW)
    const body = new DOMParser().parseFromString(`<body>${article.html}</body>`, 'text/html').body
    expect(body.querySelector('b')).toBeNull()
    expect(article.html).toContain('&lt;b&gt;bold&lt;/b&gt;')
    expect([...body.children].map((element) => [element.tagName, element.textContent])).toEqual([
      ['P', 'Use <b>bold</b> & "quotes".'],
      ['P', 'Second paragraph.'],
    ])
    expect(article.text).toBe('Use <b>bold</b> & "quotes".\n\n  Second paragraph.  \n\n\n')
  })

  it('does not let content_text smuggle in a script', async () => {
    const article = await build(item({ contentText: '<script>alert(1)</script><img src=x onerror=alert(1)>' }), source(), NOW)
    const body = new DOMParser().parseFromString(`<body>${article.html}</body>`, 'text/html').body
    expect(body.querySelector('script, img')).toBeNull()
    expect(body.textContent).toBe('<script>alert(1)</script><img src=x onerror=alert(1)>')
  })

  it('sanitizes content_html and derives the text from it', async () => {
    const article = await build(
      item({ contentText: null, contentHtml: '<p onclick="alert(1)">One two.</p><script>alert(2)</script><p>Three <a href="javascript:alert(3)">four</a>.</p>' }),
      source(),
      NOW,
    )
    expect(article.html).not.toMatch(/script|onclick|javascript:|alert/)
    expect(article.html).toContain('<p>One two.</p>')
    expect(article.text).toBe('One two.\n\nThree four.')
    expect(article.wordCount).toBe(4)
    expect(article.readingMinutes).toBe(1)
  })

  it('prefers content_html for the HTML and content_text for the text when both are given', async () => {
    const article = await build(item({ contentHtml: '<p>From <em>HTML</em></p>', contentText: 'From text' }), source(), NOW)
    expect(article.html).toBe('<p>From <em>HTML</em></p>')
    expect(article.text).toBe('From text')
  })

  it('uses the feed summary, or the lead sentences when there is none', async () => {
    const text = 'First sentence here. Second sentence here. Third sentence here.'
    expect((await build(item({ contentText: text, summary: 'Given.' }), source(), NOW)).summary).toBe('Given.')
    expect((await build(item({ contentText: text }), source(), NOW)).summary).toBe('First sentence here. Second sentence here.')
  })

  it('falls back to the first sentence for a missing title', async () => {
    const article = await build(item({ title: null, contentText: 'The opening line. The rest of it.' }), source(), NOW)
    expect(article.title).toBe('The opening line.')
  })

  it('keeps a fallback title under 90 characters', async () => {
    const article = await build(item({ title: null, contentText: `${'word '.repeat(40)}end.` }), source(), NOW)
    expect(article.title.length).toBeLessThanOrEqual(90)
    expect(article.title.endsWith('…')).toBe(true)
  })
})

describe('articleFromItem: metadata', () => {
  it('copies the item and source fields', async () => {
    const article = await build(item({ authors: ['Ada', 'Grace'], tags: ['x', 'y'], language: 'en' }), source(), NOW)
    expect(article).toMatchObject({ sourceId: 'source-a', url: 'https://example.com/a', title: 'A title', author: 'Ada', tags: ['x', 'y'], language: 'en', addedAt: NOW })
  })

  it('has no author when the item has none', async () => {
    expect((await build(item(), source(), NOW)).author).toBeNull()
  })

  it.each([
    ['2024-05-01T12:00:00Z', Date.UTC(2024, 4, 1, 12)],
    ['2024-05-01T14:00:00+02:00', Date.UTC(2024, 4, 1, 12)],
    ['2010-02-07T14:04:00-05:00', Date.UTC(2010, 1, 7, 19, 4)],
  ])('parses the ISO date %s', async (date, expected) => {
    expect((await build(item({ datePublished: date }), source(), NOW)).publishedAt).toBe(expected)
  })

  it.each([['not a date'], [null], ['2024-13-45T99:00:00Z']])('falls back to now for the date %j', async (date) => {
    expect((await build(item({ datePublished: date }), source(), NOW)).publishedAt).toBe(NOW)
  })

  it('keeps a same-origin document path', async () => {
    expect((await build(item({ documentUrl: '/articles/item-1.json' }), source(), NOW)).documentUrl).toBe('/articles/item-1.json')
  })

  it.each([
    'https://evil.example/x',
    'http://evil.example/x',
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    'articles/x.json',
    'javascript:alert(1)',
  ])('drops the document URL %j', async (documentUrl) => {
    expect((await build(item({ documentUrl }), source(), NOW)).documentUrl).toBeNull()
  })
})

describe('articleFromItem: ids', () => {
  it('gives the same source id and item id the same article id', async () => {
    const first = await build(item(), source(), NOW)
    const again = await build(item({ title: 'Edited', contentText: 'Changed.' }), source(), NOW + 1000)
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(again.id).toBe(first.id)
  })

  it('gives the same item id in another source a different article id', async () => {
    const a = await build(item(), source('source-a'), NOW)
    const b = await build(item(), source('source-b'), NOW)
    expect(b.id).not.toBe(a.id)
  })

  it('gives another item in the same source a different article id', async () => {
    const a = await build(item({ id: 'item-1' }), source(), NOW)
    const b = await build(item({ id: 'item-2' }), source(), NOW)
    expect(b.id).not.toBe(a.id)
  })
})

describe('textOnlyParts', () => {
  it('makes escaped paragraphs of a text-only item without a DOM, and leaves HTML items to the page', () => {
    expect(textOnlyParts(item({ contentText: 'a < b\n\nc & d' }))).toEqual({ html: '<p>a &#60; b</p>\n<p>c &#38; d</p>', text: 'a < b\n\nc & d' })
    expect(textOnlyParts(item({ contentHtml: '<p>x</p>', contentText: 'x' }))).toBeNull()
  })
})
