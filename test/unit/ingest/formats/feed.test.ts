import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IngestError } from '@/ingest/errors'
import { decodeText } from '@/ingest/formats/decode'
import { parseFeedText } from '@/ingest/formats/feed'

const fixture = (name: string): string => decodeText(readFileSync(resolve(process.cwd(), 'test/fixtures/feeds', name)))

describe('parseFeedText', () => {
  it('reads RSS 2.0 with CDATA, entities, content:encoded, dc:creator and a relative link', () => {
    const feed = parseFeedText(fixture('rss2-cdata-entities.xml'))
    expect(feed.title).toBe('The Harbour & Hill Gazette')
    expect(feed.homePageUrl).toBe('https://gazette.example/')
    expect(feed.feedUrl).toBe('https://gazette.example/feed/')
    expect(feed.language).toBe('en-GB')
    expect(feed.items).toHaveLength(2)
    const [ferry, council] = feed.items
    expect(ferry).toEqual({
      id: 'https://gazette.example/?p=1042',
      url: 'https://gazette.example/2026/11/ferry-returns/',
      title: 'Ferry “Nellie” returns & the quay reopens',
      contentHtml: expect.stringContaining('<p>The ferry <em>Nellie</em> returned on Tuesday') as string,
      contentText: null,
      summary: null,
      datePublished: '2026-11-24T08:15:00.000Z',
      authors: ['María O’Neill'],
      tags: ['Harbour', 'Transport'],
      language: 'en-GB',
      documentUrl: null,
    })
    // Escaped HTML in a description is HTML once decoded; the sanitizer runs on it later.
    expect(council?.title).toBe('Council votes on the hill road – again')
    expect(council?.contentHtml).toBe('<p>The council voted <strong>7&ndash;4</strong> to resurface the hill road.</p>')
    expect(council?.url).toBe('https://gazette.example/2026/11/hill-road/?utm_source=rss&utm_medium=rss')
    expect(feed.skipped).toEqual([
      { index: 2, reason: 'item "https://gazette.example/?p=1000" has no content' },
      { index: 3, reason: 'duplicate id "https://gazette.example/?p=1039"' },
    ])
  })

  it('reads an RSS feed encoded in windows-1252', () => {
    const feed = parseFeedText(fixture('rss-windows-1252.xml'))
    expect(feed.title).toBe('Le Café du Port')
    expect(feed.items[0]?.title).toBe('“Crème brûlée” returns to the menu')
    expect(feed.items[0]?.contentHtml).toBe('The chef’s café classic is back – with a Müller twist.')
    expect(feed.items[0]?.datePublished).toBe('2026-11-22T10:00:00.000Z')
  })

  it('reads RSS 1.0 (RDF) with dc:date and several creators', () => {
    const feed = parseFeedText(fixture('rdf-rss1.xml'))
    expect(feed.title).toBe('Journal of Tides')
    expect(feed.language).toBe('en')
    expect(feed.items).toEqual([
      {
        id: 'https://journal.example/papers/17',
        url: 'https://journal.example/papers/17',
        title: 'Neap tides in narrow estuaries',
        contentHtml: 'We measure neap tides in three narrow estuaries over one year.',
        contentText: null,
        summary: null,
        datePublished: '2026-10-30T11:00:00.000Z',
        authors: ['R. Okafor', 'L. Berg'],
        tags: ['oceanography'],
        language: 'en',
        documentUrl: null,
      },
    ])
  })

  it('reads Atom with xhtml, escaped html and text content, and updated-only dates', () => {
    const feed = parseFeedText(fixture('atom-xhtml.xml'))
    expect([feed.title, feed.homePageUrl, feed.feedUrl, feed.language]).toEqual([
      'Notes from the Lighthouse',
      'https://lighthouse.example/',
      'https://lighthouse.example/atom.xml',
      'en-US',
    ])
    const [storm, quiet, plain] = feed.items
    expect(storm?.title).toBe('Storm warning at dusk')
    expect(storm?.contentHtml).toContain('<p>The glass fell <strong>fast</strong> tonight.</p>')
    expect(storm?.url).toBe('https://lighthouse.example/2026/storm')
    expect(storm?.datePublished).toBe('2026-11-23T01:00:00.000Z') // published wins over updated
    expect(storm?.authors).toEqual(['Ada Lantern'])
    expect(storm?.tags).toEqual(['Weather', 'log'])
    expect(quiet?.contentHtml).toBe('<p>A quiet night &amp; calm seas.</p>')
    expect(quiet?.datePublished).toBe('2026-11-20T09:30:00.000Z')
    expect([plain?.contentHtml, plain?.contentText]).toEqual([null, 'Nothing to report. Wind from the west.'])
  })

  it('reads JSON Feed with content_text only, through the JSON Feed reader', () => {
    const feed = parseFeedText(fixture('json-feed-text-only.json'))
    expect(feed.feedUrl).toBe('https://ferryman.example/feed.json')
    expect(feed.items[0]).toMatchObject({ id: '2026-11-24-1', contentHtml: null, authors: ['Tom'], tags: ['river', 'daily'] })
    expect(feed.items[0]?.contentText).toContain('The river is high after the rain.')
  })

  it('refuses what is not a feed, and malformed XML, with IngestError only', () => {
    const attempts = ['<html><body>A page</body></html>', '<rss><channel><title>Broken', 'plain words', '', '<?xml version="1.0"?><svg/>']
    for (const text of attempts) {
      let caught: unknown
      try {
        parseFeedText(text)
      } catch (error) {
        caught = error
      }
      expect(caught, text).toBeInstanceOf(IngestError)
      expect((caught as IngestError).code).toBe('not_a_feed')
    }
    expect(() => parseFeedText('{"items": []}')).toThrow(expect.objectContaining({ code: 'not_json_feed' }) as Error)
  })
})
