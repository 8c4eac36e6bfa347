import { describe, expect, it } from 'vitest'
import { genreReason } from '@/ml/recs/genre-rows'
import { handLibrary } from './hand-library'

describe('genreReason', () => {
  it('names a genre’s facets as card badges, then its topic, not as facet ids', () => {
    const library = handLibrary(
      [
        { id: 'a', topics: [1, 0], facets: ['length:long', 'era:1860s', 'tag:party:Democratic', 'format:speech'] },
        { id: 'b', topics: [0, 1], facets: ['length:short'] },
      ],
      [['war', 'union', 'states'], ['whale', 'ship', 'sea']],
    )
    const genre = { slug: 'x', name: 'x', facets: ['era:1860s', 'format:speech', 'length:long', 'tag:party:Democratic'], topicId: 0, articleIds: ['a'], unreadCount: 1 }
    const reason = genreReason(library, genre)
    expect(reason).toBe(`1860s · Speech · Long read · ${library.facets[0]!.find((facet) => facet.value === 'tag:party:Democratic')!.label.replace(/^./, (c) => c.toUpperCase())} · Topic: ${library.model!.topics[0]!.label}`)
    expect(reason).not.toMatch(/(^|· )(long|speech|party:Democratic)( ·|$)/)
  })
})
