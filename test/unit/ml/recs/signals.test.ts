import { describe, expect, it } from 'vitest'
import { readingSignals } from '@/ml/recs/signals'

describe('readingSignals', () => {
  it('keeps opens and finishes, and only the latest reaction, save and hide of each article', () => {
    const signals = readingSignals([
      { articleId: 'a', event: 'like', at: 3 },
      { articleId: 'a', event: 'open', at: 1 },
      { articleId: 'a', event: 'finish', at: 2 },
      { articleId: 'a', event: 'unreact', at: 4 },
      { articleId: 'b', event: 'like', at: 5 },
      { articleId: 'b', event: 'dislike', at: 6 },
      { articleId: 'c', event: 'save', at: 7 },
      { articleId: 'c', event: 'unsave', at: 8 },
      { articleId: 'd', event: 'hide', at: 9 },
      { articleId: 'e', event: 'hide', at: 10 },
      { articleId: 'e', event: 'unhide', at: 11 },
    ])
    expect(signals).toEqual([
      { articleId: 'a', event: 'open', at: 1 },
      { articleId: 'a', event: 'finish', at: 2 },
      { articleId: 'b', event: 'dislike', at: 6 },
      { articleId: 'd', event: 'hide', at: 9 },
    ])
  })
})
