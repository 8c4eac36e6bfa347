import { describe, expect, it } from 'vitest'
import { decay, topicProfile, type ReadingSignal } from '@/ml/recs/profile'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 26)
const TOPICS: Record<string, number[]> = { whales: [1, 0, 0], law: [0, 1, 0], mixed: [0.5, 0, 0.5] }
const weightsOf = (id: string): number[] | null => TOPICS[id] ?? null

describe('topicProfile', () => {
  it('halves a signal’s weight every half-life', () => {
    expect(decay(NOW, NOW)).toBe(1)
    expect(decay(NOW - 14 * DAY, NOW)).toBeCloseTo(0.5, 12)
    expect(decay(NOW - 28 * DAY, NOW)).toBeCloseTo(0.25, 12)
    expect(decay(NOW - 7 * DAY, NOW, 7)).toBeCloseTo(0.5, 12)
    expect(decay(NOW + DAY, NOW)).toBe(1)
  })

  it('weighs finishing 1, liking 2, opening 0.3 and disliking −1, as a mean over absolute weights', () => {
    const signals: ReadingSignal[] = [
      { articleId: 'whales', event: 'finish', at: NOW },
      { articleId: 'whales', event: 'like', at: NOW },
      { articleId: 'law', event: 'open', at: NOW },
      { articleId: 'mixed', event: 'dislike', at: NOW },
    ]
    const profile = topicProfile(signals, weightsOf, 3, { now: NOW })!
    const total = 1 + 2 + 0.3 + 1
    expect([...profile].map((v) => Number(v.toFixed(12)))).toEqual([Number(((3 - 0.5) / total).toFixed(12)), Number((0.3 / total).toFixed(12)), Number((-0.5 / total).toFixed(12))])
  })

  it('lets recent reading outweigh old reading', () => {
    const signals: ReadingSignal[] = [
      { articleId: 'law', event: 'finish', at: NOW - 56 * DAY }, // four half-lives: 1/16
      { articleId: 'whales', event: 'finish', at: NOW - DAY },
    ]
    const profile = topicProfile(signals, weightsOf, 3, { now: NOW })!
    expect(profile[0]! / profile[1]!).toBeCloseTo(0.5 ** (1 / 14) / 0.5 ** 4, 9)
  })

  it('is null without a weighted signal, skips unknown articles, and refuses other models’ weights', () => {
    expect(topicProfile([], weightsOf, 3, { now: NOW })).toBeNull()
    expect(topicProfile([{ articleId: 'whales', event: 'hide', at: NOW }, { articleId: 'gone', event: 'finish', at: NOW }], weightsOf, 3, { now: NOW })).toBeNull()
    expect(() => topicProfile([{ articleId: 'whales', event: 'finish', at: NOW }], weightsOf, 4, { now: NOW })).toThrow(RangeError)
  })

  it('adds stated topics (onboarding picks, thumbs) as undecayed unit vectors with their weights', () => {
    const old: ReadingSignal[] = [{ articleId: 'law', event: 'finish', at: NOW - 14 * DAY }] // half a weight
    const profile = topicProfile(old, weightsOf, 3, { now: NOW, statedTopics: [{ topic: 0, weight: 1 }, { topic: 2, weight: -2 }] })!
    expect([...profile].map((v) => Number(v.toFixed(12)))).toEqual([1 / 3.5, 0.5 / 3.5, -2 / 3.5].map((v) => Number(v.toFixed(12))))
    expect([...topicProfile([], weightsOf, 3, { now: NOW, statedTopics: [{ topic: 1, weight: 1 }] })!]).toEqual([0, 1, 0])
    expect(() => topicProfile([], weightsOf, 3, { now: NOW, statedTopics: [{ topic: 3, weight: 1 }] })).toThrow(RangeError)
  })
})
