import { describe, expect, it } from 'vitest'
import { decodeText } from '@/ingest/formats/decode'
import { detectFileKind } from '@/ingest/formats/detect'

const bytes = (...values: number[]) => Uint8Array.from(values)
const ascii = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)))

describe('decodeText', () => {
  it('follows a byte-order mark first', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), 'text/plain; charset=windows-1252')).toBe('hi')
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0, 0x69, 0))).toBe('hi')
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x68, 0, 0x69))).toBe('hi')
  })

  it('then the Content-Type charset, then the document’s own declaration, then UTF-8', () => {
    const cafe = bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94)
    expect(decodeText(cafe, 'text/html; charset="Windows-1252"')).toBe('café “q”')
    expect(decodeText(cafe, 'text/html; charset=iso-8859-1')).toBe('café “q”') // the WHATWG alias
    const declared = new Uint8Array([...ascii('<?xml version="1.0" encoding="windows-1252"?><t>'), 0x92, ...ascii('</t>')])
    expect(decodeText(declared)).toBe('<?xml version="1.0" encoding="windows-1252"?><t>’</t>')
    const meta = new Uint8Array([...ascii('<html><head><meta charset=windows-1252></head>'), 0xe9])
    expect(decodeText(meta).endsWith('é')).toBe(true)
    expect(decodeText(new TextEncoder().encode('naïve ✓'))).toBe('naïve ✓')
    expect(decodeText(new TextEncoder().encode('ok'), 'text/plain; charset=made-up')).toBe('ok')
  })
})

describe('detectFileKind', () => {
  it('sniffs the content before trusting the name', () => {
    expect(detectFileKind('feed.txt', 'text/plain', '<?xml version="1.0"?>\n<!-- generator --><rss version="2.0">')).toBe('feed')
    expect(detectFileKind('x', '', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="…">')).toBe('feed')
    expect(detectFileKind('x', '', '<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed')
    expect(detectFileKind('list.xml', 'text/xml', '<?xml version="1.0"?><opml version="2.0">')).toBe('opml')
    expect(detectFileKind('page', '', '\uFEFF<!DOCTYPE html><html>')).toBe('html')
    expect(detectFileKind('feed', '', '{ "version": "https://jsonfeed.org/version/1.1", "items": [] }')).toBe('json-feed')
  })

  it('falls back to the extension, then the MIME type; binary is refused', () => {
    expect(detectFileKind('notes.md', '', '# Title')).toBe('markdown')
    expect(detectFileKind('notes.TXT', '', 'Plain words')).toBe('text')
    expect(detectFileKind('data.json', 'application/json', '{"a": 1}')).toBe('json-feed') // the JSON Feed reader explains
    expect(detectFileKind('noext', 'text/markdown', '*hi*')).toBe('markdown')
    expect(detectFileKind('photo.png', 'image/png', '\u0089PNG\r\n\u001a\n\u0000\u0000')).toBeNull()
    expect(detectFileKind('archive.zip', 'application/zip', 'PK\u0003\u0004')).toBeNull()
    expect(detectFileKind('mystery', '', 'words')).toBeNull()
  })
})
