import { describe, expect, it } from 'vitest'
import { jaccard, matchTopics, topicLabel } from '@/ml/nmf/labels'

describe('topicLabel', () => {
  it('joins the first three distinct words with middle dots', () => {
    expect(topicLabel(['whales', 'boat', 'sea', 'harpoon'])).toBe('whales · boat · sea')
    expect(topicLabel(['whales', 'whales', 'boat'])).toBe('whales · boat')
    expect(topicLabel(['congress', 'budget'], { words: 1 })).toBe('congress')
    expect(topicLabel(['a', 'b', 'c'], { separator: ', ' })).toBe('a, b, c')
    expect(() => topicLabel(['a'], { words: 0 })).toThrow(RangeError)
  })
})

const words = (text: string): string[] => text.split(' ')

describe('matchTopics', () => {
  const old = [
    words('whale sea boat harpoon ship captain crew oil sperm ahab'),
    words('congress budget tax law senate vote bill spend deficit debt'),
    words('war army peace treaty nation soldier enemy victory force defense'),
  ]

  it('carries each new topic to the old one it continues, whatever their order', () => {
    const refit = [
      words('tax budget congress deficit spend economy job debt growth senate'), // 7 shared with old 1
      words('school child teacher education student learn college parent class read'), // new
      words('whale sea boat harpoon ship crew sperm oil line deck'), // 8 shared with old 0
    ]
    expect(matchTopics(old, refit)).toEqual([1, null, 0])
  })

  it('gives an old topic to at most one new topic: the closest', () => {
    const split = [
      words('whale sea boat harpoon ship captain nantucket voyage port wind'), // 6 shared: 6/14
      words('whale sea boat harpoon ship captain crew oil sperm line'), // 9 shared: 9/11
    ]
    expect(matchTopics(old, split)).toEqual([null, 0])
  })

  it('needs a minimum overlap', () => {
    const weak = [words('whale sea boat tide moon star sky night cloud rain')] // 3 shared: 3/17
    expect(matchTopics(old, weak)).toEqual([null])
    expect(matchTopics(old, weak, { minOverlap: 0.15 })).toEqual([0])
    const four = [words('whale sea boat harpoon moon star sky night cloud rain')] // 4 shared: 4/16
    expect(matchTopics(old, four)).toEqual([0])
  })

  it('breaks equal overlaps by lower new, then lower old index', () => {
    expect(matchTopics([['a', 'b'], ['a', 'b']], [['a', 'b'], ['a', 'b']])).toEqual([0, 1])
    expect(matchTopics([['a', 'b']], [['a', 'b'], ['b', 'a']])).toEqual([0, null])
  })

  it('compares only the first topWords words', () => {
    expect(matchTopics([['a', 'b', 'x']], [['c', 'd', 'x']], { topWords: 2 })).toEqual([null])
    expect(matchTopics([], [['a']])).toEqual([null])
    expect(() => matchTopics(old, old, { minOverlap: 0 })).toThrow(RangeError)
  })
})

describe('jaccard', () => {
  it('is intersection over union', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5)
    expect(jaccard(new Set(), new Set())).toBe(0)
  })
})
