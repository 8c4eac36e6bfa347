import { describe, expect, it } from 'vitest'
import { parseJsonFeed } from '@/ingest/json-feed'
import { loadMobyDick, mobyDickFeed } from '../../../scripts/samples/moby-dick-feed'
import { loadSotu, paragraphs, sotuFeed } from '../../../scripts/samples/sotu-feed'

describe('sample library feeds', () => {
  it('has every State of the Union address with year, president and party', () => {
    const feed = sotuFeed(loadSotu())
    expect(feed.items).toHaveLength(233)
    const parsed = parseJsonFeed(JSON.stringify(feed))
    expect(parsed.skipped).toEqual([])
    expect(parsed.items).toHaveLength(233)
    const first = feed.items[0]
    expect(first).toMatchObject({
      id: 'sotu-1790-george-washington',
      date_published: '1790-01-01T00:00:00Z',
      authors: [{ name: 'George Washington' }],
      _folio: { metadata: { year: 1790, president: 'George Washington', party: 'No party' } },
    })
    expect(first?.tags).toEqual(expect.arrayContaining(['president:George Washington', 'party:No party', 'year:1790', 'century:18th']))
    expect(feed.items.find((item) => item.tags.includes('year:1901'))?.tags).toContain('century:20th')
    expect(feed.items.find((item) => item.tags.includes('year:2001'))?.tags).toContain('century:21st')
    expect(feed.items.some((item) => item.tags.includes('party:Republican'))).toBe(true)
    expect(first?.content_text).toMatch(/^Fellow-Citizens of the Senate and House of Representatives/)
    expect(first?.content_text.split('\n\n').length).toBeGreaterThan(5)
  })

  it('has every chapter of Moby-Dick plus etymology, extracts and epilogue, and not the contents', () => {
    const feed = mobyDickFeed(loadMobyDick())
    expect(feed.items).toHaveLength(138)
    const titles = feed.items.map((item) => item.title)
    expect(titles[0]).toMatch(/^Etymology/)
    expect(titles[1]).toMatch(/^Extracts/)
    expect(titles[2]).toBe('Chapter 1. Loomings')
    expect(titles.at(-1)).toBe('Epilogue')
    expect(titles).not.toContain('Contents')
    expect(parseJsonFeed(JSON.stringify(feed)).skipped).toEqual([])
  })

  it('gives every sample article a distinct id and a same-origin document', () => {
    const items = [...sotuFeed(loadSotu()).items, ...mobyDickFeed(loadMobyDick()).items]
    expect(items.length).toBeGreaterThanOrEqual(368)
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
    for (const item of items) expect(item._folio.document_url).toBe(`/articles/${item.id}.json`)
  })
})

describe('paragraphs', () => {
  it('regroups whole sentences into paragraphs of about 120 words, losing no text', () => {
    const sentence = 'The union is strong and the harvest was good this year for all. '
    const text = sentence.repeat(40)
    const result = paragraphs(text)
    const parts = result.split('\n\n')
    expect(parts.length).toBe(4) // 13 words a sentence: a paragraph every 10 sentences (130 ≥ 120)
    for (const part of parts) expect(part).toMatch(/^The union .* for all\.$/)
    expect(result.replace(/\n\n/g, ' ')).toBe(text.trim())
  })

  it('does not break after an abbreviation', () => {
    const text = `${'word '.repeat(118)}said Mr. Lincoln. Then more. ${'tail '.repeat(3)}`
    const [first] = paragraphs(text).split('\n\n')
    expect(first).toMatch(/said Mr\. Lincoln\.$/)
  })
})
