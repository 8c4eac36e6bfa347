import { describe, expect, it } from 'vitest'
import { decodeText } from '@/ingest/formats/decode'
import { feedOutcome, fixtureBytes, fixtureText, seededBytes, type FeedOutcome } from './outcomes'
import { PROPERTY_TIMEOUT_MS } from '../../properties/guards'

const MALFORMED: FeedOutcome = { error: { code: 'not_a_feed', message: 'This feed is malformed: its XML could not be read.' } }
const CUT_OFF: FeedOutcome = { error: { code: 'not_a_feed', message: 'This feed is cut off: its XML ends before the feed does (an interrupted download?).' } }
const NOT_A_FEED: FeedOutcome = { error: { code: 'not_a_feed', message: 'This is not a feed (RSS, Atom, RDF or JSON Feed).' } }
const NOT_JSON: FeedOutcome = { error: { code: 'not_json', message: 'This file is not valid JSON.' } }

const rss = (items: string, head = '<?xml version="1.0" encoding="UTF-8"?>'): string => `${head}<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`
const item = (id: string, body = 'Body.'): string => `<item><guid>${id}</guid><description>${body}</description></item>`
const jsonFeed = (rest: string): string => `{"version": "https://jsonfeed.org/version/1.1", "title": "J", ${rest}`

/** Malformed XML: each either refused with a clear message, or read with nothing unsafe kept. */
const MALFORMED_XML: Array<[string, string, FeedOutcome]> = [
  ['a closing tag that does not match', rss('<item><guid>1</guid><description>x</item>'), MALFORMED],
  ['an unterminated CDATA section', rss(`<item><guid>1</guid><description><![CDATA[<p>x</p></description></item>`), MALFORMED],
  ['an unterminated comment', rss(`${item('1')}<!-- a comment that never ends`), MALFORMED],
  ['200 nested elements (the parser stops at 100)', rss(`<item><guid>1</guid><description>x</description>${'<x>'.repeat(200)}${'</x>'.repeat(200)}</item>`), MALFORMED],
  ['an undeclared entity (&nbsp;) is text, not an error', rss(item('1', 'Caf&eacute;&nbsp;au lait')), { items: 1, skipped: [] }],
  ['a billion-laughs DOCTYPE: entities are not expanded', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${rss(item('1', '&b;&b;&b;'), '')}`, { items: 1, skipped: [] }],
  ['an external entity (XXE) is refused, never fetched', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${rss(item('1', '&x;'), '')}`, MALFORMED],
  ['an HTML page', '<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>', NOT_A_FEED],
  ['an SVG image', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', NOT_A_FEED],
  ['an empty file', '', NOT_A_FEED],
  ['only whitespace', ' \n\t ', NOT_A_FEED],
  ['only the XML prolog', '<?xml version="1.0" encoding="UTF-8"?>', NOT_A_FEED],
  ['RSS with no channel', '<rss version="2.0"></rss>', NOT_A_FEED],
  ['a channel with no items', rss(''), { items: 0, skipped: [] }],
]

/** Where an interrupted download cuts a feed: every cut is refused, none stores half an article. */
const CUTS: Array<[string, string, string]> = [
  ['rss2-cdata-entities.xml', 'inside the prolog', '<?xml version="1.0" enc'],
  ['rss2-cdata-entities.xml', 'just after <channel>', '<channel>\n'],
  ['rss2-cdata-entities.xml', 'inside a CDATA body', 'six weeks of'],
  ['rss2-cdata-entities.xml', 'between two items', '</item>\n'],
  ['rss2-cdata-entities.xml', 'inside a plain-text description', 'to resurface'],
  ['rss2-cdata-entities.xml', 'inside a tag name', '</chan'],
  ['atom-xhtml.xml', 'inside xhtml content', 'We lit the lamp'],
  ['atom-xhtml.xml', 'after the last entry, before </feed>', '</entry>\n</feed>'.slice(0, 9)],
  ['rdf-rss1.xml', 'inside an item', 'over one year'],
  ['rdf-rss1.xml', 'before </rdf:RDF>', '</item>\n'],
]

/** Cuts `text` just after the last occurrence of `marker` (before `</feed>`: after the last `</entry>`). */
function cutAfter(text: string, marker: string): string {
  const at = text.lastIndexOf(marker)
  if (at < 0) throw new Error(`marker ${marker} not in fixture`)
  return text.slice(0, at + marker.length)
}

const MALFORMED_JSON: Array<[string, string, FeedOutcome]> = [
  ['cut off inside the items', jsonFeed('"items": [{"id": "1", "content_text": "Hel'), NOT_JSON],
  ['cut off after an item', jsonFeed('"items": [{"id": "1", "content_text": "Hello"},'), NOT_JSON],
  ['a trailing comma', jsonFeed('"items": [{"id": "1", "content_text": "Hello"},]}'), NOT_JSON],
  ['single quotes', "{'version': 'https://jsonfeed.org/version/1.1', 'items': []}", NOT_JSON],
  ['a comment', jsonFeed('/* items */ "items": []}'), NOT_JSON],
  ['NaN as a value', jsonFeed('"items": [{"id": NaN, "content_text": "x"}]}'), NOT_JSON],
  ['a byte-order mark left in the text', `\uFEFF${jsonFeed('"items": [{"id": "1", "content_text": "Hello"}]}')}`, { items: 1, skipped: [] }],
  ['items that is an object', jsonFeed('"items": {"id": "1"}}'), { error: { code: 'not_json_feed', message: 'This JSON Feed has no items list.' } }],
  ['a JSON array', '[{"id": "1"}]', NOT_A_FEED],
  ['JSON with no version', '{"title": "x", "items": []}', { error: { code: 'not_json_feed', message: 'This JSON is not a JSON Feed (no jsonfeed.org version).' } }],
  ['10,000 nested arrays in an item', jsonFeed(`"items": [{"id": "1", "content_text": "x", "tags": ${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`), { items: 1, skipped: [] }],
  ['a repeated key: the last one wins', jsonFeed('"items": [{"id": "1", "id": "2", "content_text": "x"}]}'), { items: 1, skipped: [] }],
]

/** Binary files, decoded as Folio decodes any file. */
const BINARY: Array<[string, Uint8Array, FeedOutcome]> = [
  ['a PNG image', fixtureBytes('hostile/pixel.png'), NOT_A_FEED],
  ['a gzipped feed', fixtureBytes('hostile/rss2-cdata-entities.xml.gz'), NOT_A_FEED],
  ['4 KB of random bytes', seededBytes(4096, 1), NOT_A_FEED],
  ['random bytes after an RSS opening', new Uint8Array([...new TextEncoder().encode('<rss version="2.0"><channel>'), ...seededBytes(2048, 2)]), NOT_A_FEED],
  ['NUL bytes inside a feed', new TextEncoder().encode(rss(item('1', 'a\u0000b'))), { items: 1, skipped: [] }],
]

/** Every row's outcome, for the report printed when FOLIO_BAD_INPUT_REPORT is set. */
const seen: Array<[string, FeedOutcome]> = []
const check = (name: string, text: string, expected: FeedOutcome): void => {
  const outcome = feedOutcome(text)
  seen.push([name, outcome])
  expect(outcome, name).toEqual(expected)
}

describe('malformed and truncated feeds get a clear message', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it.each(MALFORMED_XML)('XML: %s', (name, text, expected) => check(name, text, expected))

  it.each(CUTS)('%s cut off %s is refused as cut off or malformed', (file, where, marker) => {
    const outcome = feedOutcome(cutAfter(fixtureText(`feeds/${file}`), marker))
    seen.push([`${file} cut ${where}`, outcome])
    expect([CUT_OFF, MALFORMED, NOT_A_FEED], `${file} cut ${where}`).toContainEqual(outcome)
  })

  it('a feed cut at any character is refused, never read as a shorter feed', () => {
    for (const file of ['rss2-cdata-entities.xml', 'atom-xhtml.xml', 'rdf-rss1.xml']) {
      const text = fixtureText(`feeds/${file}`).trimEnd()
      const end = text.lastIndexOf('</')
      for (let cut = 0; cut < end; cut += 1) expect('error' in feedOutcome(text.slice(0, cut)), `${file} cut at ${cut}`).toBe(true)
      expect(feedOutcome(text)).toMatchObject({ items: expect.any(Number) as number })
    }
  })

  it.each(MALFORMED_JSON)('JSON: %s', (name, text, expected) => check(name, text, expected))

  it.each(BINARY)('binary: %s', (name, bytes, expected) => check(name, decodeText(bytes), expected))

  it('keeps no unexpanded entity content beyond the text itself', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${rss(item('1', '&x;'), '')}`
    expect(JSON.stringify(feedOutcome(text))).not.toContain('root:')
  })

  it.runIf(process.env.FOLIO_BAD_INPUT_REPORT)('prints what each input produced', () => {
    for (const [name, outcome] of seen) console.log(`${name}\t${JSON.stringify(outcome)}`)
  })
})
