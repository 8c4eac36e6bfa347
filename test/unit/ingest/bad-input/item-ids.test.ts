import { describe, expect, it } from 'vitest'
import { parseFeedText } from '@/ingest/formats/feed'
import { fixtureText } from './outcomes'

const rss = (items: string): string => `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`
const atom = (entries: string): string => `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${entries}</feed>`
const rdf = (items: string): string =>
  `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://r.example/"><title>R</title></channel>${items}</rdf:RDF>`
const json = (items: object[]): string => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items })

describe('duplicate and missing ids', () => {
  it.each([
    ['RSS guid', rss('<item><guid>a</guid><description>1</description></item><item><guid>a</guid><description>2</description></item>')],
    ['Atom id', atom('<entry><id>a</id><content>1</content></entry><entry><id>a</id><content>2</content></entry>')],
    ['RDF rdf:about', rdf('<item rdf:about="https://r.example/a"><description>1</description></item><item rdf:about="https://r.example/a"><description>2</description></item>')],
    ['JSON Feed id, string and number alike', json([{ id: 7, content_text: '1' }, { id: '7', content_text: '2' }])],
  ])('a repeated %s keeps the first item and reports the second', (_name, text) => {
    const feed = parseFeedText(text)
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0]?.contentHtml ?? feed.items[0]?.contentText).toBe('1')
    expect(feed.skipped).toEqual([{ index: 1, reason: expect.stringMatching(/^duplicate id "/) as string }])
  })

  it.each([
    ['RSS with only a description', rss('<item><description>Rain all week.</description></item>')],
    ['RSS with a title and a description', rss('<item><title>Rain</title><description>Rain all week.</description></item>')],
    ['Atom with no id and no link', atom('<entry><title>Rain</title><content>Rain all week.</content></entry>')],
  ])('%s gets a stable id derived from what it says', (_name, text) => {
    const [first] = parseFeedText(text).items
    const [again] = parseFeedText(text).items
    expect(first?.id).toMatch(/^derived:[0-9a-z]+$/)
    expect(again?.id).toBe(first?.id) // the same on every refresh, on every device
    const [edited] = parseFeedText(text.replace('Rain all week.', 'Sun all week.')).items
    expect(edited?.id).not.toBe(first?.id)
  })

  it('falls back to the link, then to title and date, before deriving', () => {
    const feed = parseFeedText(
      rss(
        '<item><link>https://x.example/1</link><description>a</description></item>' +
          '<item><title>T</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><description>b</description></item>',
      ),
    )
    expect(feed.items.map((item) => item.id)).toEqual(['https://x.example/1', 'T@2003-06-10T04:00:00.000Z'])
  })

  it('two identical id-less items are one item, reported once as a duplicate', () => {
    const feed = parseFeedText(rss('<item><description>Same.</description></item>'.repeat(2)))
    expect(feed.items).toHaveLength(1)
    expect(feed.skipped).toEqual([{ index: 1, reason: expect.stringMatching(/^duplicate id "derived:/) as string }])
  })

  it('a JSON Feed item with no id uses its url; with neither it is skipped, as JSON Feed requires an id', () => {
    const feed = parseFeedText(json([{ url: 'https://j.example/1', content_text: 'a' }, { content_text: 'b' }, { id: { nested: true }, content_text: 'c' }]))
    expect(feed.items.map((item) => item.id)).toEqual(['https://j.example/1'])
    expect(feed.skipped.map((entry) => entry.reason)).toEqual(['missing id', 'missing id'])
  })

  it('keeps the good items of a feed full of bad ones, and says why each bad one was left out', () => {
    const rssFeed = parseFeedText(fixtureText('hostile/rss-bad-items.xml'))
    expect(rssFeed.items.map((item) => [item.title, item.url, item.datePublished])).toEqual([
      ['Good: a guid, a body and an RFC 822 date', 'https://allotment.example/1', '2003-06-10T04:00:00.000Z'],
      ['No guid and no link: only a body', null, null],
      [null, 'https://allotment.example/5', '2003-06-11T14:30:00.000Z'], // the guid is the permalink; javascript: is dropped
      // Not a scheme, so a relative path, as a browser reads it: harmless, if useless.
      ['A broken link and a date nobody can read', 'https://allotment.example/ht!tp://exa%20mple/%%', null],
      ['Dates: a W3CDTF month', 'https://allotment.example/7', '2003-12-01T00:00:00.000Z'],
      ['Dates: a zone-less local time', 'https://allotment.example/8', '2003-06-12T18:45:00.000Z'],
      [null, 'https://allotment.example/9', null],
    ])
    expect(rssFeed.skipped).toEqual([
      { index: 2, reason: 'item "https://allotment.example/3" has no content' },
      { index: 3, reason: 'duplicate id "https://allotment.example/1"' },
    ])
    const jsonFeed = parseFeedText(fixtureText('hostile/json-feed-bad-items.json'))
    expect(jsonFeed.items.map((item) => [item.id, item.url])).toEqual([
      ['1', 'https://allotment.example/1'],
      ['https://allotment.example/2', 'https://allotment.example/2'],
      ['6', null], // javascript: URLs are never kept: the reader links to item URLs
      ['7', 'https://allotment.example/2003/06/relative'],
      ['8', null],
      ['9', null],
      ['13', null],
    ])
    expect(jsonFeed.skipped).toEqual([
      { index: 2, reason: 'missing id' },
      { index: 3, reason: 'item "4" has no content' },
      { index: 4, reason: 'duplicate id "1"' },
      { index: 9, reason: 'not an object' },
      { index: 10, reason: 'not an object' },
      { index: 11, reason: 'missing id' },
    ])
  })
})
