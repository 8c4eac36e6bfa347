import { describe, expect, it } from 'vitest'
import { summarize } from '@/ingest/summarize'

const whaleText = [
  'The whale rose beside the ship at dawn.',
  'Sailors on the deck of the ship watched the whale in silence.',
  'Breakfast was late that morning because the cook had overslept again.',
  'The captain ordered the boats lowered toward the whale.',
  'It rained for an hour and everyone got quite wet.',
  'By noon the whale had dived and the ship turned for home.',
].join(' ')

describe('summarize', () => {
  it('keeps the sentences about what the text is most about, in their original order', () => {
    const summary = summarize(whaleText, { sentences: 3, longTextSentences: 6 })
    expect(summary).toBe(
      'The whale rose beside the ship at dawn. Sailors on the deck of the ship watched the whale in silence. By noon the whale had dived and the ship turned for home.',
    )
  })

  it('keeps two sentences of a shorter text, three of a long one', () => {
    const countSentences = (text: string) => text.split(/(?<=\.)\s/).length
    expect(countSentences(summarize(whaleText))).toBe(2)
    expect(countSentences(summarize(`${whaleText} ${whaleText}`))).toBe(3)
  })

  it('prefers earlier sentences when the words tie', () => {
    const text = 'Ships sail the sea daily. Storms hit the sea often here. Ships sail the sea daily. Cooks bake bread for crews.'
    expect(summarize(text, { sentences: 1, longTextSentences: 1 })).toBe('Ships sail the sea daily.')
  })

  it('returns a text of few sentences whole, and nothing for nothing', () => {
    expect(summarize('One sentence only.')).toBe('One sentence only.')
    expect(summarize('   ')).toBe('')
  })

  it('ignores stop words when it counts', () => {
    // "the" is in every sentence but must not make the filler sentences win.
    const text = 'The the the the the the of. Whales whales whales swim. The whales sing of whales. The rain fell on the the town.'
    expect(summarize(text, { sentences: 1, longTextSentences: 1, positionWeight: 0 })).toMatch(/^(Whales whales whales swim\.|The whales sing of whales\.)$/)
  })
})
