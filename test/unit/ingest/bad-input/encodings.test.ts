import { describe, expect, it } from 'vitest'
import { decodeText } from '@/ingest/formats/decode'
import { parseFeedText } from '@/ingest/formats/feed'
import { fixtureBytes } from './outcomes'

const CAFE = { title: 'Le Café du Port', item: '“Crème brûlée” returns', body: 'The chef’s café classic – with a Müller twist.' }

/** Feeds whose bytes and labels disagree, and what a reader should see anyway. */
const MISLABELLED: Array<[string, string, string | null, typeof CAFE]> = [
  ['windows-1252 bytes declared as UTF-8', 'hostile/rss-windows-1252-declared-utf8.xml', null, CAFE],
  ['windows-1252 bytes with no declaration', 'hostile/rss-windows-1252-undeclared.xml', null, CAFE],
  ['windows-1252 bytes served as charset=utf-8', 'hostile/rss-windows-1252-undeclared.xml', 'text/xml; charset=utf-8', CAFE],
  ['UTF-16LE with a byte-order mark', 'hostile/rss-utf16le-bom.xml', null, CAFE],
  ['UTF-16BE without a byte-order mark', 'hostile/rss-utf16be-no-bom.xml', null, CAFE],
  ['UTF-8 bytes declared as UTF-16', 'hostile/rss-utf8-declared-utf16.xml', null, CAFE],
  ['UTF-8 bytes served as charset=iso-8859-1', 'hostile/rss-utf8-declared-utf16.xml', 'application/rss+xml; charset=ISO-8859-1', CAFE],
  ['windows-1252 declared in the prolog', 'feeds/rss-windows-1252.xml', null, { title: 'Le Café du Port', item: '“Crème brûlée” returns to the menu', body: 'The chef’s café classic is back – with a Müller twist.' }],
  ['Shift_JIS declared in the prolog', 'hostile/rss-shift-jis.xml', null, { title: '港の喫茶店', item: 'クリームブリュレが戻ってきた', body: 'シェフの定番メニューが復活しました。' }],
]

describe('wrong and missing encodings', () => {
  it.each(MISLABELLED)('%s reads as the text that was written', (_name, path, contentType, expected) => {
    const feed = parseFeedText(decodeText(fixtureBytes(path), contentType))
    expect([feed.title, feed.items[0]?.title, feed.items[0]?.contentHtml]).toEqual([expected.title, expected.item, expected.body])
  })

  it('keeps UTF-8 cut inside a character as UTF-8, with one replacement character', () => {
    const bytes = new TextEncoder().encode('<t>café ✓ ✓</t>')
    expect(decodeText(bytes.subarray(0, bytes.length - 6))).toBe('<t>café ✓ \uFFFD')
  })

  it('keeps valid UTF-8 that merely looks like Latin-1 ("Ã©" written on purpose)', () => {
    expect(decodeText(new TextEncoder().encode('Ã© is mojibake for é'))).toBe('Ã© is mojibake for é')
  })

  it('follows a label it cannot check (Shift_JIS served with its charset)', () => {
    const bytes = fixtureBytes('hostile/rss-shift-jis.xml')
    expect(decodeText(bytes, 'text/xml; charset=Shift_JIS')).toContain('港の喫茶店')
  })
})
