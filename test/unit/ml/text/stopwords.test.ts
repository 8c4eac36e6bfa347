import { eng } from 'stopword'
import { describe, expect, it } from 'vitest'
import { removeStopWords, STOP_WORDS } from '@/ml/text/stopwords'
import { tokenize } from '@/ml/text/tokenize'

describe('STOP_WORDS', () => {
  it('holds the stopword package list and Folio’s additions', () => {
    for (const word of eng) expect(STOP_WORDS.has(word)).toBe(true)
    for (const word of ['she', 'its', 'not', 'upon', 'thee', 'mr', 'one', 'http', 'www', 'com', "don't", "they're", "i'll"]) {
      expect(STOP_WORDS.has(word), word).toBe(true)
    }
  })

  it('keeps content words that longer lists wrongly drop', () => {
    for (const word of ['whale', 'system', 'fire', 'bill', 'interest', 'computer']) expect(STOP_WORDS.has(word), word).toBe(false)
  })

  it('is lower-case and short', () => {
    for (const word of STOP_WORDS) expect(word).toBe(word.toLowerCase())
    expect(STOP_WORDS.size).toBeLessThan(350)
  })
})

describe('removeStopWords', () => {
  it('drops stop words after tokenizing, contractions and links included', () => {
    const text = 'Mr. Starbuck said he didn’t think she’d see it upon https://www.example.com, not one whale.'
    expect(removeStopWords(tokenize(text))).toEqual(['starbuck', 'think', 'see', 'example', 'whale'])
  })

  it('takes another list', () => {
    expect(removeStopWords(['call', 'me', 'ishmael'], new Set(['ishmael']))).toEqual(['call', 'me'])
  })
})
