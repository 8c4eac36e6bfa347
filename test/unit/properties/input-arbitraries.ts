import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { anyDateText } from './date-arbitraries'

/** A valid fixture's bytes and text, the seed of the mutation arbitraries. */
export interface Fixture {
  name: string
  bytes: Uint8Array
  text: string
}

export function loadFixture(path: string): Fixture {
  const bytes = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures', path)))
  return { name: path, bytes, text: new TextDecoder().decode(bytes) }
}

export const FEED_FIXTURES = ['feeds/rss2-cdata-entities.xml', 'feeds/atom-xhtml.xml', 'feeds/rdf-rss1.xml', 'feeds/json-feed-text-only.json', 'hostile/rss-bad-items.xml', 'hostile/json-feed-bad-items.json'].map(loadFixture)
export const OPML_FIXTURES = ['feeds/subscriptions-nested.opml'].map(loadFixture)

/**
 * Any UTF-16 string, lone surrogates included (`'binary'` leaves those out), with the characters
 * markup parsers trip on weighted in.
 */
export const anyText: fc.Arbitrary<string> = fc.string({
  maxLength: 300,
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', '?', '!', '[', ']', '{', '}', ':', ',', '\n', '\0', '\uFEFF', '\uFFFD') },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)) },
    { weight: 2, arbitrary: fc.constantFrom('<rss version="2.0">', '<channel>', '<item>', '</item>', '<guid>', '<entry>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<opml version="2.0">', '<body>', '<outline xmlUrl="https://a.example/f" ', '/>', '"items":[', '"version":"https://jsonfeed.org/version/1.1"', '&amp;', '&#x1F600;', '&bogus;') },
  ),
})

/** Long, repetitive inputs: what exposes work that grows faster than the input. */
export const longText: fc.Arbitrary<string> = fc.tuple(anyText, fc.integer({ min: 50, max: 4000 })).map(([piece, times]) => piece.repeat(times).slice(0, 200_000))

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'ids'; values: string[] }
  | { kind: 'drop-ids'; keep: boolean[] }
  | { kind: 'dates'; values: string[] }

/** Item ids in every feed format: `<guid>`, Atom `<id>`, `rdf:about`, JSON Feed `"id"`. */
const ID_PATTERNS = [/(<guid\b[^>]*>)([\s\S]*?)(<\/guid>)/g, /(<id>)([\s\S]*?)(<\/id>)/g, /(rdf:about=")([^"]*)(")/g, /("id"\s*:\s*)("(?:[^"\\]|\\.)*"|-?\d+)()/g]
const ID_ELEMENTS = [/<guid\b[^>]*>[\s\S]*?<\/guid>/g, /<id>[\s\S]*?<\/id>/g, /\s?rdf:about="[^"]*"/g, /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)\s*,?/g]
const DATE_PATTERNS = [/(<pubDate>)([\s\S]*?)(<\/pubDate>)/g, /(<dc:date>)([\s\S]*?)(<\/dc:date>)/g, /(<published>)([\s\S]*?)(<\/published>)/g, /(<updated>)([\s\S]*?)(<\/updated>)/g, /("date_published"\s*:\s*)("(?:[^"\\]|\\.)*")()/g]

const escapeXml = (text: string): string => text.replace(/[<>&]/g, (char) => `&#${char.charCodeAt(0)};`)
const isJson = (text: string): boolean => text.trimStart().startsWith('{')

/** Replaces the n-th match of each pattern with `pick(n)`. */
function replaceEach(text: string, patterns: RegExp[], pick: (index: number) => string, json: boolean): string {
  let count = 0
  let out = text
  for (const pattern of patterns) {
    out = out.replace(pattern, (_match, open: string, _old: string, close: string) => {
      const value = pick(count++)
      return `${open}${json && open.startsWith('"') ? JSON.stringify(value) : escapeXml(value)}${close}`
    })
  }
  return out
}

function apply(text: string, mutation: Mutation): string {
  const at = (position: number): number => position % (text.length + 1)
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, at(mutation.at))
    case 'insert':
      return text.slice(0, at(mutation.at)) + mutation.text + text.slice(at(mutation.at))
    case 'delete':
      return text.slice(0, at(mutation.at)) + text.slice(at(mutation.at) + mutation.length)
    case 'repeat': {
      const piece = text.slice(at(mutation.at), at(mutation.at) + mutation.length)
      return text.slice(0, at(mutation.at)) + piece.repeat(mutation.times) + text.slice(at(mutation.at))
    }
    case 'ids':
      // A small pool of values, so ids repeat; '' and spaces stand for missing ids.
      return replaceEach(text, ID_PATTERNS, (n) => mutation.values[n % mutation.values.length] ?? '', isJson(text))
    case 'drop-ids': {
      let n = 0
      return ID_ELEMENTS.reduce((out, pattern) => out.replace(pattern, (match) => (mutation.keep[n++ % mutation.keep.length] ? match : '')), text)
    }
    case 'dates':
      return replaceEach(text, DATE_PATTERNS, (n) => mutation.values[n % mutation.values.length] ?? '', isJson(text))
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: anyText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 50 }) }),
  fc.record({ kind: fc.constant('ids' as const), values: fc.array(fc.constantFrom('a', 'b', 'https://x.example/1', '', ' ', '\u00a0', '0'), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('drop-ids' as const), keep: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('dates' as const), values: fc.array(anyDateText, { minLength: 1, maxLength: 4 }) }),
)

/** A valid fixture, changed by one to three mutations (truncated, spliced, ids repeated or dropped, dates replaced). */
export function mutatedText(fixtures: readonly Fixture[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([fixture, mutations]) => mutations.reduce(apply, fixture.text))
}

/** A valid fixture's bytes with random bytes written over, inserted into, or cut from them. */
export function mutatedBytes(fixtures: readonly Fixture[]): fc.Arbitrary<Uint8Array> {
  return fc
    .record({ fixture: fc.constantFrom(...fixtures), at: fc.nat(), noise: fc.uint8Array({ maxLength: 64 }), overwrite: fc.boolean(), cut: fc.nat() })
    .map(({ fixture, at, noise, overwrite, cut }) => {
      const position = at % (fixture.bytes.length + 1)
      const head = fixture.bytes.subarray(0, position)
      const tail = fixture.bytes.subarray(overwrite ? Math.min(fixture.bytes.length, position + noise.length) : position)
      const joined = new Uint8Array([...head, ...noise, ...tail])
      // One time in eight the end is cut off too, as in an interrupted download.
      return joined.subarray(0, joined.length - (cut % 8 === 0 && joined.length > 0 ? cut % joined.length : 0))
    })
}
