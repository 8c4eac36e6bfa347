import { eng as englishStopWords } from 'stopword'
import { segmentsOf } from './segments'

export interface SummaryOptions {
  /** Sentences to keep for texts of at least `longTextSentences` sentences; one fewer below. */
  sentences?: number
  longTextSentences?: number
  /** How much more the first sentences weigh than the last (0: position ignored). */
  positionWeight?: number
}

const DEFAULTS: Required<SummaryOptions> = { sentences: 3, longTextSentences: 12, positionWeight: 0.5 }
/** Sentences shorter or longer than this (in words) are poor summary material. */
const MIN_WORDS = 5
const MAX_WORDS = 60

const STOP_WORDS = new Set(englishStopWords)
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })

interface Sentence {
  text: string
  index: number
  words: string[]
}

function contentWords(sentence: string): string[] {
  const words: string[] = []
  for (const { segment, isWordLike } of segmentsOf(wordSegmenter, sentence)) {
    const word = segment.toLocaleLowerCase('en')
    if (isWordLike && /\p{L}/u.test(word) && !STOP_WORDS.has(word)) words.push(word)
  }
  return words
}

/**
 * An extractive summary: the 2–3 sentences whose content words are most frequent in the whole
 * text (frequencies normalized by the most frequent word, averaged over the sentence so long
 * sentences are not favoured), weighted up towards the start, returned in their original order.
 */
export function summarize(text: string, options: SummaryOptions = {}): string {
  const { sentences: wanted, longTextSentences, positionWeight } = { ...DEFAULTS, ...options }
  const all: Sentence[] = []
  for (const { segment } of segmentsOf(sentenceSegmenter, text.replace(/\s+/g, ' ').trim())) {
    const trimmed = segment.trim()
    if (trimmed) all.push({ text: trimmed, index: all.length, words: contentWords(trimmed) })
  }
  const count = all.length >= longTextSentences ? wanted : Math.max(1, wanted - 1)
  if (all.length <= count) return all.map((sentence) => sentence.text).join(' ')

  const frequency = new Map<string, number>()
  for (const sentence of all) for (const word of sentence.words) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  // A loop, not Math.max(...values): spreading a book's vocabulary overflows the call stack.
  let top = 1
  for (const count of frequency.values()) if (count > top) top = count

  const candidates = all.filter((sentence) => {
    const length = sentence.text.split(' ').length
    return length >= MIN_WORDS && length <= MAX_WORDS && sentence.words.length > 0
  })
  const pool = candidates.length >= count ? candidates : all
  const scored = pool.map((sentence) => {
    const mean = sentence.words.reduce((sum, word) => sum + (frequency.get(word) ?? 0) / top, 0) / Math.max(1, sentence.words.length)
    const position = 1 + positionWeight * (1 - sentence.index / all.length)
    return { sentence, score: mean * position }
  })
  return scored
    .sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)
    .slice(0, count)
    .map(({ sentence }) => sentence)
    .sort((a, b) => a.index - b.index)
    .map((sentence) => sentence.text)
    .join(' ')
}
