import { describe, expect, it } from 'vitest'
import { moreLikeThis } from '@/ml/recs/more-like-this'
import type { ReadingSignal } from '@/ml/recs/profile'
import { recommend } from '@/ml/recs/recommend'
import { scoreArticles } from '@/ml/recs/scores'
import { NO_TASTE, type Taste } from '@/ml/recs/taste'
import { trainerVerdicts, valuePhrase } from '@/ml/recs/trainer'
import { handLibrary, NOW, themedLibrary, themeOf } from './hand-library'

const taste = (thumbs: Record<string, 1 | -1>): Taste => ({ ...NO_TASTE, thumbs: new Map(Object.entries(thumbs)) })
const seaReader: ReadingSignal[] = [
  { articleId: 'sea-0', event: 'finish', at: NOW - 3_600_000 },
  { articleId: 'sea-1', event: 'like', at: NOW - 1_800_000 },
]
const allItems = (rows: { items: string[] }[]): string[] => rows.flatMap((row) => row.items)

describe('trainerVerdicts', () => {
  it('surfaces an article with any thumbed-up value even when another value is thumbed down (NewsBlur: positive wins)', () => {
    const library = handLibrary([
      { id: 'both', facets: ['author:Melville', 'tag:whaling'] },
      { id: 'down', facets: ['tag:whaling'] },
      { id: 'weak', facets: [['tag:whaling', 0.4], 'length:long'] },
      { id: 'none', facets: ['length:long'] },
    ])
    const { verdict, surfacedBy } = trainerVerdicts(library, taste({ 'author:Melville': 1, 'tag:whaling': -1 }).thumbs)
    expect([...verdict]).toEqual([1, -1, 0, 0]) // a value under MIN_FACET_RELEVANCE does not count
    expect(surfacedBy.get(0)).toBe('Melville')
  })

  it('reads a topic thumb on the article’s strongest topic only, and names values as people do', () => {
    const library = themedLibrary(2)
    const { verdict, surfacedBy } = trainerVerdicts(library, taste({ 'topic:1': 1 }).thumbs)
    expect([...verdict]).toEqual([0, 0, 1, 1, 0, 0])
    expect(surfacedBy.get(2)).toBe('congress · law · court')
    expect([valuePhrase('tone:somber', 'somber'), valuePhrase('era:1860s', 'from the 1860s'), valuePhrase('length:long', 'long reads')]).toEqual(['somber reads', 'the 1860s', 'long reads'])
  })
})

describe('trainer thumbs in suggestions', () => {
  const library = themedLibrary()

  it('never offers a thumbed-down article, in any row or in More like this', () => {
    const before = recommend(library, seaReader, { limit: 6 })
    expect(allItems(before.rows).some((id) => Number(id.split('-')[1]) % 2 === 1)).toBe(true) // long reads show without the thumb
    expect(moreLikeThis(library, 'sea-2')).toContain('sea-3')

    const after = recommend(library, seaReader, { limit: 6, taste: taste({ 'length:long': -1 }) })
    const kinds = new Set(after.rows.map((row) => row.kind))
    expect(kinds).toEqual(new Set(['for-you', 'because', 'genre', 'explore']))
    for (const id of allItems(after.rows)) expect(Number(id.split('-')[1]) % 2).toBe(0)
    const near = moreLikeThis(library, 'sea-2', { taste: taste({ 'length:long': -1 }) })
    expect(near.length).toBeGreaterThan(0)
    for (const id of near) expect(Number(id.split('-')[1]) % 2).toBe(0)
  })

  it('hides a thumbed-down article the reader started from Continue reading too', () => {
    const started: ReadingSignal[] = [...seaReader, { articleId: 'sea-3', event: 'open', at: NOW - 60_000 }, { articleId: 'sea-2', event: 'open', at: NOW - 120_000 }]
    const before = recommend(library, started, { limit: 6 })
    expect(before.rows.find((row) => row.kind === 'continue')?.items).toEqual(['sea-3', 'sea-2'])
    const after = recommend(library, started, { limit: 6, taste: taste({ 'length:long': -1 }) })
    expect(after.rows.find((row) => row.kind === 'continue')?.items).toEqual(['sea-2'])
  })

  it('puts thumbed-up unread articles first in For you, by relevance, saying why', () => {
    const { forYou, reasons } = recommend(library, seaReader, { limit: 5, taste: taste({ 'format:speech': 1 }) })
    expect(forYou.slice(0, 2).sort()).toEqual(['farm-3', 'law-0'])
    expect(forYou.slice(2).every((id) => themeOf(id) === 'sea')).toBe(true)
    expect(reasons['law-0']).toBe('You gave a thumbs up to speeches')
    expect(reasons['farm-3']).toBe('You gave a thumbs up to speeches')
  })

  it('caps surfaced articles at the row’s limit, and a thumbs up beats a thumbs down on the same article', () => {
    const { forYou, rows } = recommend(library, seaReader, { limit: 3, taste: taste({ 'tag:farm': 1, 'format:speech': 1, 'tag:law': -1 }) })
    expect(forYou).toHaveLength(3)
    expect(forYou.every((id) => themeOf(id) === 'farm' || id === 'law-0')).toBe(true)
    const law = allItems(rows).filter((id) => themeOf(id) === 'law')
    expect(new Set(law)).toEqual(new Set(law.length ? ['law-0'] : []))
    expect(recommend(library, seaReader, { limit: 10, taste: taste({ 'tag:farm': 1, 'format:speech': 1, 'tag:law': -1 }) }).forYou).toContain('law-0')
  })

  it('counts a thumbs up as a strong facet affinity in the scores', () => {
    const plain = scoreArticles(library, seaReader)
    const thumbed = scoreArticles(library, seaReader, 14, taste({ 'era:1870s': 1 }))
    const row = (id: string): number => library.row.get(id)!
    // sea-2 (1870s) and sea-6 (1850s, like the finished sea-0) are short reads about the sea: the thumb reverses them.
    expect(plain.facet[row('sea-2')]!).toBeLessThan(plain.facet[row('sea-6')]!)
    expect(thumbed.facet[row('sea-2')]!).toBeGreaterThan(thumbed.facet[row('sea-6')]!)
    expect(thumbed.combined[row('law-2')]!).toBeGreaterThan(plain.combined[row('law-2')]!)
  })
})
