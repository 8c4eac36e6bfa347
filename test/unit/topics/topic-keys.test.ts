import { describe, expect, it } from 'vitest'
import { carryTopicKeys, namesOfLiveTopics } from '@/topics/topic-keys'

const words = (prefix: string): string[] => Array.from({ length: 10 }, (_, i) => `${prefix}${i}`)

describe('carryTopicKeys', () => {
  it('numbers the topics of a first fit from 0', () => {
    expect(carryTopicKeys(null, [words('a'), words('b')])).toEqual({ keys: [0, 1], nextKey: 2 })
  })

  it('hands each old key to the new topic that continues it, wherever it moved, and gives new topics fresh keys', () => {
    const previous = { keys: [4, 7], nextKey: 9, stems: [words('a'), words('b')] }
    // b's topic kept 8 of its 10 words (Jaccard 8/12); c is new; a vanished.
    const drifted = [...words('b').slice(0, 8), 'x', 'y']
    expect(carryTopicKeys(previous, [words('c'), drifted])).toEqual({ keys: [9, 7], nextKey: 10 })
  })
})

describe('namesOfLiveTopics', () => {
  it('keeps the names of the given keys only', () => {
    expect(namesOfLiveTopics({ 1: 'Whaling', 2: 'Farming', 5: 'Law' }, [5, 1, 9])).toEqual({ 1: 'Whaling', 5: 'Law' })
  })
})
