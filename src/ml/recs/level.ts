import { syllable } from 'syllable'

/** Words analysed per article, like the tone's cap: readability is steady after a few pages. */
export const LEVEL_MAX_WORDS = 5_000

/** A word: a run of letters, with inner apostrophes or hyphens ("don't", "well-known"). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu
/**
 * A sentence end: one or more of . ! ? (closing quotes or brackets may follow) before whitespace
 * or the end of the text. Abbreviations such as "Mr." count as ends, which slightly lowers the
 * grade of texts full of them; the simple rule is kept for speed and predictability.
 */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g

/** Counts of the first `maxWords` words of a text, for readability formulas. */
export interface TextCounts {
  words: number
  sentences: number
  syllables: number
}

/** Syllable counts by lower-cased word: words repeat, and counting is the slow part. */
const syllableCache = new Map<string, number>()
const MAX_CACHED_WORDS = 50_000

function syllablesOf(word: string): number {
  const key = word.toLowerCase()
  let count = syllableCache.get(key)
  if (count === undefined) {
    count = Math.max(1, syllable(key))
    if (syllableCache.size >= MAX_CACHED_WORDS) syllableCache.clear()
    syllableCache.set(key, count)
  }
  return count
}

/** Words, sentences and syllables in the first `maxWords` words (a text without an end mark is one sentence). */
export function textCounts(text: string, maxWords = LEVEL_MAX_WORDS): TextCounts {
  let words = 0
  let syllables = 0
  let end = text.length
  for (const match of text.matchAll(WORD)) {
    if (words === maxWords) {
      end = match.index
      break
    }
    words++
    syllables += syllablesOf(match[0])
  }
  const sentences = text.slice(0, end).match(SENTENCE_END)?.length ?? 0
  return { words, sentences: Math.max(1, sentences), syllables }
}

/**
 * Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59
 * (Kincaid et al. 1975), on the first LEVEL_MAX_WORDS words. NaN for a text without words.
 */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = textCounts(text)
  if (words === 0) return Number.NaN
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
}

/** How demanding a text is to read. */
export type Level = 'easy' | 'challenging'

/**
 * Grade at or below which a text is easy (US 8th grade: most popular writing), and at or above
 * which it is challenging (college level). In between, no level facet: "standard" would tag most
 * articles and name no useful micro-genre. In the sample library (372 texts) grades run 1.6–25.7,
 * with the 25th percentile at 10.1, the median at 13.1 and the 75th at 17.4; 10% are easy, 52%
 * challenging (the 19th-century addresses' long sentences).
 */
export const EASY_AT_MOST = 8
export const CHALLENGING_AT_LEAST = 13
/** Grades beyond a threshold at which relevance reaches 1. */
const LEVEL_FULL_DISTANCE = 5

/** The level of a text with a relevance in [0.5, 1] (0.5 at a threshold, +0.1 a grade), or null in between. */
export function levelOf(text: string): { level: Level; relevance: number } | null {
  const grade = fleschKincaidGrade(text)
  const grow = (distance: number): number => Math.min(1, 0.5 + (0.5 * distance) / LEVEL_FULL_DISTANCE)
  if (grade <= EASY_AT_MOST) return { level: 'easy', relevance: grow(EASY_AT_MOST - grade) }
  if (grade >= CHALLENGING_AT_LEAST) return { level: 'challenging', relevance: grow(grade - CHALLENGING_AT_LEAST) }
  return null
}
