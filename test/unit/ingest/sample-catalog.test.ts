import { describe, expect, it } from 'vitest'
import { parseSampleCatalog } from '@/ingest/sample-catalog'

describe('parseSampleCatalog', () => {
  it('keeps same-origin sample feeds in order and drops anything else', () => {
    const catalog = parseSampleCatalog(
      JSON.stringify({
        version: 1,
        feeds: [
          { url: '/samples/welcome.json', title: 'Welcome' },
          { url: 'https://evil.example/feed.json', title: 'Elsewhere' },
          { url: '/samples/../api/fetch.json' },
          { url: '/samples/sotu.json' },
          { title: 'No URL' },
          null,
          'a string',
        ],
      }),
    )
    expect(catalog.feeds).toEqual([
      { url: '/samples/welcome.json', title: 'Welcome' },
      { url: '/samples/sotu.json', title: '/samples/sotu.json' },
    ])
  })

  it('says clearly what is wrong with a broken catalog', () => {
    expect(() => parseSampleCatalog('{')).toThrow('The sample catalog is not valid JSON.')
    expect(() => parseSampleCatalog('{"feeds": 3}')).toThrow('The sample catalog lists no feeds.')
  })
})
