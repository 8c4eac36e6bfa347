import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IngestError } from '@/ingest/errors'
import { exportOpml, parseOpml } from '@/ingest/formats/opml'

const nested = readFileSync(resolve(process.cwd(), 'test/fixtures/feeds/subscriptions-nested.opml'), 'utf8')

describe('OPML', () => {
  it('flattens nested folders into categories, skips notes and keeps each feed once', () => {
    expect(parseOpml(nested)).toEqual([
      { title: 'The Harbour & Hill Gazette', xmlUrl: 'https://gazette.example/feed/', htmlUrl: 'https://gazette.example/', categories: ['News', 'Local'] },
      { title: 'Journal of Tides', xmlUrl: 'https://journal.example/rss', htmlUrl: null, categories: ['News'] },
      { title: 'Notes from the Lighthouse', xmlUrl: 'https://lighthouse.example/atom.xml', htmlUrl: 'https://lighthouse.example/', categories: [] },
    ])
  })

  it('exports OPML 2.0 that reads back as the same subscriptions', () => {
    const subscriptions = parseOpml(nested).map((entry) => ({ ...entry, categories: entry.categories.slice(0, 1) }))
    const text = exportOpml(subscriptions, { title: 'Folio subscriptions', dateCreated: new Date('2026-11-25T00:00:00Z') })
    expect(text).toContain('<opml version="2.0">')
    expect(text).toContain('<dateCreated>Wed, 25 Nov 2026 00:00:00 GMT</dateCreated>')
    expect(parseOpml(text)).toEqual(subscriptions)
  })

  it('refuses what is not OPML, or OPML without feeds', () => {
    for (const text of ['<rss version="2.0"><channel/></rss>', 'not xml at all', '<opml version="2.0"><head/><body><outline text="Empty folder"/></body></opml>']) {
      expect(() => parseOpml(text), text).toThrow(IngestError)
      expect(() => parseOpml(text), text).toThrow(expect.objectContaining({ code: 'not_opml' }) as Error)
    }
  })
})
