import { describe, expect, it } from 'vitest'
import { buildRecLibrary, type RecArticle } from '@/ml/recs/rec-library'
import { recommend } from '@/ml/recs/recommend'
import type { ReadingSignal } from '@/ml/recs/profile'

const NOW = Date.UTC(2026, 10, 26)
const DAY = 86_400_000
const THEMES = {
  sea: ['whale', 'harpoon', 'ship', 'ocean', 'sailor', 'captain', 'wave', 'deck', 'mast', 'tide', 'anchor', 'voyage'],
  law: ['congress', 'senate', 'treaty', 'tariff', 'statute', 'court', 'treasury', 'revenue', 'senator', 'ballot', 'judge', 'verdict'],
  farm: ['wheat', 'harvest', 'barn', 'cattle', 'plough', 'orchard', 'meadow', 'farmer', 'silo', 'tractor', 'pasture', 'hay'],
}

/** `perTheme` articles per theme, 80 seeded words each, published a day apart. */
function library(perTheme: number): RecArticle[] {
  let state = 11
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  return Object.entries(THEMES).flatMap(([theme, words], t) =>
    Array.from({ length: perTheme }, (_, i) => {
      const text = Array.from({ length: 80 }, () => words[Math.floor(next() * words.length)]).join(' ')
      return { id: `${theme}-${i}`, title: `${theme} ${i}`, text, wordCount: 80, readingMinutes: 1, publishedAt: NOW - (t * perTheme + i) * DAY, sourceId: 'feed', sourceTitle: 'Feed', author: null, tags: [theme] }
    }),
  )
}

const at = (days: number): number => NOW - days * DAY
const themeOf = (id: string): string => id.split('-')[0]!

describe('recommend', () => {
  const lib = buildRecLibrary(library(10), { now: NOW, k: 3 })

  it('suggests more of what the reader finished and liked, never what they finished, liked or hid', () => {
    const signals: ReadingSignal[] = [
      { articleId: 'sea-0', event: 'finish', at: at(3) },
      { articleId: 'sea-1', event: 'like', at: at(2) },
      { articleId: 'sea-2', event: 'hide', at: at(1) },
      { articleId: 'law-0', event: 'dislike', at: at(1) },
    ]
    const { forYou, rows } = recommend(lib, signals, { limit: 5 })
    expect(forYou).toHaveLength(5)
    expect(forYou.filter((id) => themeOf(id) === 'sea').length).toBeGreaterThanOrEqual(3)
    for (const id of ['sea-0', 'sea-1', 'sea-2', 'law-0']) expect(forYou).not.toContain(id)
    expect(rows.find((row) => row.slug === 'for-you')?.reason).toMatch(/^Because you liked “sea \d”$/)
    expect(rows.find((row) => row.title === 'Because you read “sea 1”')?.items.every((id) => themeOf(id) === 'sea')).toBe(true)
  })

  it('keeps opened, unfinished articles in Continue reading, newest first, and offers an untried topic to explore', () => {
    const signals: ReadingSignal[] = [
      { articleId: 'farm-3', event: 'open', at: at(5) },
      { articleId: 'sea-4', event: 'open', at: at(1) },
      { articleId: 'sea-5', event: 'finish', at: at(1) },
    ]
    const { rows } = recommend(lib, signals)
    expect(rows[0]).toMatchObject({ title: 'Continue reading', items: ['sea-4', 'farm-3'] })
    const explore = rows.find((row) => row.slug.startsWith('explore-'))
    expect(explore?.items.every((id) => themeOf(id) !== 'sea')).toBe(true)
  })

  it('starts a new reader with one strong article from every topic', () => {
    const { forYou, rows } = recommend(lib, [], { limit: 3 })
    expect(new Set(forYou.map(themeOf))).toEqual(new Set(['sea', 'law', 'farm']))
    expect(rows.find((row) => row.slug === 'for-you')?.reason).toBe('A little of every topic in your library')
  })

  it('without a topic model (a small library) still suggests, from facets and recency', () => {
    const later = NOW + 365 * DAY // every article a year old: one era, so only the tags tell them apart
    const small = buildRecLibrary(library(3), { now: later })
    expect(small.model).toBeNull()
    expect(recommend(small, [], { limit: 3 }).forYou).toEqual(['sea-0', 'sea-1', 'sea-2'])
    const { forYou } = recommend(small, [{ articleId: 'farm-0', event: 'finish', at: later }], { limit: 2 })
    expect(forYou.every((id) => themeOf(id) === 'farm')).toBe(true) // the tag facet 'farm' carries the taste
  })

  it('gives every row a title, a slug, a reason and items, with no two rows mostly alike', () => {
    const { rows } = recommend(lib, [{ articleId: 'law-2', event: 'finish', at: at(1) }])
    for (const row of rows) {
      expect(row.title).not.toBe('')
      expect(row.slug).toMatch(/^[a-z0-9-]+$/)
      expect(row.reason).not.toBe('')
      expect(row.items.length).toBeGreaterThan(0)
    }
    expect(new Set(rows.map((row) => row.slug)).size).toBe(rows.length)
  })
})
