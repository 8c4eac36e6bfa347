import { describe, expect, it } from 'vitest'
import { engineValue, tasteFromSettings, topicKeyValue } from '@/recs/taste-mapping'

describe('taste settings → the engine’s taste', () => {
  const keys = [5, 2, 9] // stable keys of the topics at positions 0, 1, 2

  it('maps stable topic keys to the current model’s positions and leaves facet values alone', () => {
    expect(engineValue('topic-key:2', keys)).toBe('topic:1')
    expect(engineValue(topicKeyValue(9), keys)).toBe('topic:2')
    expect(engineValue('length:long', keys)).toBe('length:long')
    expect(engineValue('author:Herman Melville', null)).toBe('author:Herman Melville')
  })

  it('drops topics that no longer exist, and every topic without a model', () => {
    expect(engineValue('topic-key:7', keys)).toBeNull()
    expect(engineValue('topic-key:', keys)).toBeNull()
    expect(engineValue('topic-key:2', null)).toBeNull()
  })

  it('builds thumbs, interests and genres from the settings', () => {
    const taste = tasteFromSettings(
      { trainer: { 'topic-key:5': 1, 'topic-key:3': -1, 'tone:somber': -1 }, interests: ['topic-key:9', 'topic-key:4', 'length:quick'], followedGenres: ['a'], hiddenGenres: ['b'] },
      keys,
    )
    expect([...taste.thumbs]).toEqual([
      ['topic:0', 1],
      ['tone:somber', -1],
    ])
    expect(taste.interests).toEqual(['topic:2', 'length:quick'])
    expect(taste.followedGenres).toEqual(['a'])
    expect(taste.hiddenGenres).toEqual(['b'])
  })
})
