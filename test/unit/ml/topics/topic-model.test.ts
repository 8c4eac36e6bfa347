import { describe, expect, it } from 'vitest'
import { matchTopics } from '@/ml/nmf/labels'
import { defaultTopicCount } from '@/ml/topics/topic-count'
import { fitTopicModel, foldInDocuments, strongestTopic, type TopicDocument } from '@/ml/topics/topic-model'

const THEMES = {
  sea: ['whale', 'harpoon', 'ship', 'ocean', 'sailor', 'captain', 'wave', 'deck', 'mast', 'tide', 'anchor', 'voyage', 'oar', 'hull'],
  law: ['congress', 'senate', 'treaty', 'tariff', 'statute', 'court', 'treasury', 'revenue', 'senator', 'ballot', 'judge', 'verdict', 'decree', 'customs'],
  farm: ['wheat', 'harvest', 'barn', 'cattle', 'plough', 'orchard', 'meadow', 'farmer', 'silo', 'tractor', 'pasture', 'hay', 'seed', 'furrow'],
}

/** Articles of 60 words drawn from one theme's 14 words (more than a topic's top 10), with a seeded choice of words. */
function corpus(perTheme: number): TopicDocument[] {
  let state = 7
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  return Object.entries(THEMES).flatMap(([theme, words]) =>
    Array.from({ length: perTheme }, (_, i) => ({ id: `${theme}-${i}`, text: Array.from({ length: 60 }, () => words[Math.floor(next() * words.length)]).join(' ') })),
  )
}

describe('fitTopicModel', () => {
  const documents = corpus(12)
  const model = fitTopicModel(documents, { k: 3, now: () => 1_700_000_000_000 })

  it('finds the planted themes: each topic’s words are one theme’s, and each article lands in its theme’s topic', () => {
    expect(model.k).toBe(3)
    const themeOf = (word: string): string => Object.entries(THEMES).find(([, words]) => words.includes(word))![0]
    const topicTheme = model.topics.map((topic) => themeOf(topic.terms[0]!))
    expect(new Set(topicTheme).size).toBe(3)
    for (const topic of model.topics) expect(new Set(topic.terms.map(themeOf))).toEqual(new Set([themeOf(topic.terms[0]!)]))
    documents.forEach((document, row) => expect(topicTheme[strongestTopic(model.weights, 3, row)!]).toBe(document.id.split('-')[0]))
    expect(model.topics.map((topic) => topic.size)).toEqual([12, 12, 12])
  })

  it('labels topics with their top three words, reports coherence and diversity, and normalizes weights', () => {
    for (const topic of model.topics) {
      expect(topic.label).toBe(topic.terms.slice(0, 3).join(' · '))
      expect(topic.terms).toHaveLength(10)
      expect(topic.coherence).toBeGreaterThan(0.5) // words of one theme co-occur in every article of it
    }
    expect(model.diversity).toBe(1)
    for (let row = 0; row < documents.length; row++) {
      const sum = model.weights.subarray(row * 3, row * 3 + 3).reduce((a, b) => a + b, 0)
      expect(sum).toBeCloseTo(1, 12)
    }
    expect(model.fittedAt).toBe(1_700_000_000_000)
  })

  it('folds a new article into the topic of its words without refitting', () => {
    const weights = foldInDocuments(model, [{ id: 'new', text: 'the farmer brought the harvest of wheat to the barn' }])
    const farmTopic = model.topics.findIndex((topic) => THEMES.farm.includes(topic.terms[0]!))
    expect(strongestTopic(weights, 3, 0)).toBe(farmTopic)
  })

  it('is deterministic, and a refit’s topics match the old ones by their words', () => {
    const again = fitTopicModel(documents, { k: 3 })
    expect(again.h).toEqual(model.h)
    const grown = fitTopicModel(corpus(16), { k: 3 })
    expect(matchTopics(model.topics.map((t) => t.stems), grown.topics.map((t) => t.stems)).sort()).toEqual([0, 1, 2])
  })

  it('refuses a library too small to model, and picks k from the library size', () => {
    expect(() => fitTopicModel(documents.slice(0, 5))).toThrow(/at least 12 articles/)
    expect([defaultTopicCount(20), defaultTopicCount(376), defaultTopicCount(5000)]).toEqual([3, 14, 30])
  })
})
