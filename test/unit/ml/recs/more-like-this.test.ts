import { describe, expect, it } from 'vitest'
import { moreLikeThis } from '@/ml/recs/more-like-this'
import { NO_TASTE } from '@/ml/recs/taste'
import { handLibrary, NOW, type HandArticle } from './hand-library'

const ARTICLES: HandArticle[] = [
  { id: 'seed', topics: [1, 0], facets: ['length:long', 'era:1850s'] },
  { id: 'x', topics: [0.9, 0.1], facets: ['length:short'] },
  { id: 'c', topics: [0.5, 0.5], facets: ['length:long', 'era:1850s'] },
  { id: 'a', topics: [0.9, 0.1], facets: ['length:short'] },
  { id: 'd', topics: [0, 1], facets: ['length:long', 'era:1850s'] },
  { id: 'b', topics: [0.9, 0.1], facets: ['length:long', 'era:1850s'] },
  { id: 'e', topics: [0, 1], facets: [] },
  { id: 'g', topics: [0, 1], facets: ['length:long'] },
]
const library = handLibrary(ARTICLES, [['whale', 'ship', 'sea'], ['law', 'court', 'senate']])

describe('moreLikeThis', () => {
  it('ranks by topic-space cosine first, shared facets breaking near-ties, equal scores by id, nothing in common left out', () => {
    // b, a and x are equally near in topics: b shares the seed's facets; a and x tie, a first.
    // d and g share no topic, only facets (all, then half of them); e shares nothing.
    expect(moreLikeThis(library, 'seed')).toEqual(['b', 'a', 'x', 'c', 'd', 'g'])
    expect(moreLikeThis(library, 'seed', { limit: 2 })).toEqual(['b', 'a'])
    expect(moreLikeThis(library, 'unknown')).toEqual([])
  })

  it('leaves out what the reader finished, hid or disliked, and what the trainer hides', () => {
    const signals = [
      { articleId: 'b', event: 'finish' as const, at: NOW },
      { articleId: 'a', event: 'hide' as const, at: NOW },
      { articleId: 'x', event: 'dislike' as const, at: NOW },
      { articleId: 'c', event: 'open' as const, at: NOW },
    ]
    expect(moreLikeThis(library, 'seed', { signals })).toEqual(['c', 'd', 'g'])
    const taste = { ...NO_TASTE, thumbs: new Map<string, 1 | -1>([['era:1850s', -1]]) }
    expect(moreLikeThis(library, 'seed', { taste })).toEqual(['a', 'x', 'g'])
  })

  it('uses facets alone without a topic model', () => {
    const facetsOnly = handLibrary(ARTICLES.map(({ id, facets }) => ({ id, facets })))
    expect(facetsOnly.model).toBeNull()
    expect(moreLikeThis(facetsOnly, 'seed')).toEqual(['b', 'c', 'd', 'g'])
  })
})
