import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import type { ArticleRecord } from '@/db/schema'
import { discardFromIndex, highlight, SEARCH_OPTIONS, toHit, updateIndex } from '@/ingest/search-index'
import { articleV1 } from '../db/fixtures'

const article = (id: string, title: string, text: string, extra: Partial<ArticleRecord> = {}) => articleV1(id, { title, text, summary: text.slice(0, 40), ...extra })

const library = [
  article('whale', 'The White Whale', 'Ahab pursued the whale across every ocean.'),
  article('union', 'State of the Union, 1863', 'The nation is engaged in a great civil war; the whale fishery suffers.'),
  article('tea', 'Notes on tea', 'A quiet essay on brewing leaves.', { author: 'Whaley Jones' }),
]

describe('search index', () => {
  it('boosts title matches and finds prefixes and small typos', () => {
    const index = updateIndex(null, library)
    expect(index.search('whale').map((result) => result.id)[0]).toBe('whale')
    expect(index.search('brew').map((result) => result.id)).toEqual(['tea']) // prefix
    expect(index.search('pursud').map((result) => result.id)).toEqual(['whale']) // one letter missing
    expect(index.search('civil war').map((result) => result.id)).toEqual(['union']) // all words
  })

  it('round-trips through JSON and adds or replaces articles without rebuilding', () => {
    const saved = JSON.stringify(updateIndex(null, library))
    const restored = updateIndex(saved, [article('tea', 'Notes on coffee', 'Roasting beans slowly.')])
    expect(restored.documentCount).toBe(3)
    expect(restored.search('brewing')).toEqual([])
    expect(restored.search('coffee').map(toHit)).toEqual([
      { id: 'tea', title: 'Notes on coffee', author: 'A. Writer', summary: 'Roasting beans slowly.', terms: ['coffee'] },
    ])
    expect(MiniSearch.loadJSON(JSON.stringify(restored), SEARCH_OPTIONS).search('roasting')).toHaveLength(1)
  })

  it('forgets deleted articles, terms included, and ignores ids it never held', async () => {
    const saved = JSON.stringify(updateIndex(null, library))
    const pruned = await discardFromIndex(saved, ['whale', 'never-indexed'])
    expect(pruned.documentCount).toBe(2)
    expect(pruned.search('ahab')).toEqual([])
    const json = JSON.stringify(pruned)
    expect(json).not.toContain('ahab')
    // "Whaley" (an author) still matches by prefix; the deleted article does not.
    expect(MiniSearch.loadJSON(json, SEARCH_OPTIONS).search('whale').map((result) => result.id).sort()).toEqual(['tea', 'union'])
  })

  it('highlights whole matched words, case-insensitively, without HTML', () => {
    expect(highlight('The Whale and the whaleboat', ['whale'])).toEqual([
      { text: 'The ', match: false },
      { text: 'Whale', match: true },
      { text: ' and the whaleboat', match: false },
    ])
    expect(highlight('<b>a+b</b>', ['a+b'])).toEqual([
      { text: '<b>', match: false },
      { text: 'a+b', match: true },
      { text: '</b>', match: false },
    ])
    expect(highlight('nothing here', [])).toEqual([{ text: 'nothing here', match: false }])
  })
})
