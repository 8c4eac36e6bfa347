import { describe, expect, it } from 'vitest'
import type { ReadingSignal } from '@/ml/recs/profile'
import { facetReason } from '@/ml/recs/reasons'
import { recommend } from '@/ml/recs/recommend'
import { NO_TASTE, type Taste } from '@/ml/recs/taste'
import { facet, handLibrary, NOW, themedLibrary, themeOf } from './hand-library'

const library = themedLibrary()
const signals: ReadingSignal[] = [
  { articleId: 'sea-0', event: 'finish', at: NOW - 7_200_000 },
  { articleId: 'law-1', event: 'like', at: NOW - 3_600_000 },
  { articleId: 'sea-5', event: 'open', at: NOW - 1_800_000 },
]

describe('card reasons', () => {
  it('explain every card of every row, first match wins: thumbs up, nearest seed, pick, topic', () => {
    const taste: Taste = { ...NO_TASTE, thumbs: new Map([['format:speech', 1]]), interests: ['topic:2'] }
    const { rows, reasons } = recommend(library, signals, { limit: 8, taste })
    const ids = new Set(rows.flatMap((row) => row.items))
    expect(new Set(Object.keys(reasons))).toEqual(ids)
    expect([...ids].filter((id) => themeOf(id) === 'farm').length).toBeGreaterThan(1)
    for (const id of ids) {
      // law-0 is near the liked law-1 and farm-3 is in the picked topic, yet the thumb comes first.
      if (id === 'law-0' || id === 'farm-3') expect(reasons[id]).toBe('You gave a thumbs up to speeches')
      else if (id === 'sea-5') expect(reasons[id]).toBe('You started reading this') // Continue reading
      else if (themeOf(id) === 'sea') expect(reasons[id]).toMatch(/^Because you read “sea [05]”$/) // finished or opened
      else if (themeOf(id) === 'law') expect(reasons[id]).toBe('Because you liked “law 1”')
      else expect(reasons[id]).toBe('You picked wheat · farm · barn')
    }
  })

  it('fall back to the strongest topic, then to facets without a model', () => {
    const { reasons } = recommend(library, [{ articleId: 'sea-0', event: 'finish', at: NOW }], { limit: 8 })
    const farm = Object.entries(reasons).filter(([id]) => themeOf(id) === 'farm')
    expect(farm.length).toBeGreaterThan(0)
    for (const [, reason] of farm) expect(reason).toBe('Topic: wheat · farm · barn')

    const small = handLibrary([
      { id: 'a', facets: ['length:long', 'era:1850s', ['era:19th-century', 0.7], 'source:feed'] },
      { id: 'b', facets: [['length:short', 0.5], 'tone:somber', 'author:Melville'] },
    ])
    expect(recommend(small, []).reasons).toEqual({ a: 'Long read · 1850s', b: 'Somber · By Melville' })
  })
})

describe('facetReason', () => {
  it('names two facets of different kinds, strongest first, then by the kinds people scan for', () => {
    expect(facetReason([facet('source:feed'), facet('era:19th-century', 0.7), facet('format:speech', 0.9), facet('length:epic')])).toBe('Epic read · Feed')
    expect(facetReason([facet('era:19th-century', 0.7), facet('format:speech', 0.9), facet('length:epic', 0.5)])).toBe('Speech · 19th century')
    expect(facetReason([facet('era:1860s'), facet('era:19th-century', 0.7), facet('tag:civil war')])).toBe('1860s · Civil war')
    expect(facetReason([facet('era:this-week'), facet('level:easy', 0.4)])).toBe('This week')
    expect(facetReason([])).toBe('In your library')
  })
})
