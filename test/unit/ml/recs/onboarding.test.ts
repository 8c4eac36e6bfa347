import { describe, expect, it } from 'vitest'
import { onboardingChoices } from '@/ml/recs/onboarding'
import { handLibrary } from './hand-library'

const TOPIC_WORDS = [['whale', 'ship', 'sea', 'harpoon', 'captain', 'deck'], ['law', 'court', 'senate', 'tariff', 'congress', 'ballot'], ['wheat', 'farm', 'barn']]

describe('onboardingChoices', () => {
  const library = handLibrary(
    [
      { id: 'mixed', topics: [0.45, 0.05, 0.5], readingMinutes: 3 }, // more whale than whale-a, but mostly farm: a poor whale sample
      { id: 'whale-a', topics: [0.4, 0.3, 0.3], readingMinutes: 4 },
      { id: 'law-a', topics: [0.1, 0.9, 0], readingMinutes: 30 },
      { id: 'whale-b', topics: [0.9, 0.1, 0], readingMinutes: 12 },
      { id: 'law-b', topics: [0.2, 0.8, 0], readingMinutes: 0 }, // unknown length
      { id: 'whale-c', topics: [1, 0, 0], readingMinutes: 26 },
    ],
    TOPIC_WORDS,
  )

  it('offers every topic in model order with its top words and strongest own articles', () => {
    const { topics } = onboardingChoices(library)
    expect(topics).toEqual([
      { topic: 0, words: ['whale', 'ship', 'sea', 'harpoon', 'captain'], sampleIds: ['whale-c', 'whale-b'] },
      { topic: 1, words: ['law', 'court', 'senate', 'tariff', 'congress'], sampleIds: ['law-a', 'law-b'] },
      { topic: 2, words: ['wheat', 'farm', 'barn'], sampleIds: ['mixed', 'whale-a'] },
    ])
    const few = onboardingChoices(library, { words: 2, samples: 4 }).topics[0]!
    expect(few).toEqual({ topic: 0, words: ['whale', 'ship'], sampleIds: ['whale-c', 'whale-b', 'whale-a', 'mixed'] })
  })

  it('offers the length buckets that have articles, in people’s words, and no topics without a model', () => {
    expect(onboardingChoices(library).lengths).toEqual([
      { value: 'length:quick', label: 'Quick reads (under 5 min)', count: 2 },
      { value: 'length:long', label: 'Long reads (12–25 min)', count: 1 },
      { value: 'length:epic', label: 'Epic reads (25+ min)', count: 2 },
    ])
    const noModel = handLibrary([{ id: 'a', readingMinutes: 6 }])
    expect(onboardingChoices(noModel)).toEqual({ topics: [], lengths: [{ value: 'length:short', label: 'Short reads (5–12 min)', count: 1 }] })
  })
})
