/** Options for {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * BCP 47 locale for word boundaries and lower-casing (Turkish dotted İ, for one, lower-cases
   * differently). Default 'en', not the runtime's locale, so that every device gives the same tokens.
   */
  locale?: string
}

const DEFAULT_LOCALE = 'en'

// Segmenters are costly to build; one per locale, shared by every call.
const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' })
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

/** Typographic apostrophes (’ ‘ ʼ) that people and word processors type for '. */
const APOSTROPHES = /[\u2018\u2019\u02bc]/g
/**
 * Unicode word segmentation keeps "U.S", "www.example.com", "foo:bar" and "a·b" as one word
 * (periods, colons and middle dots between letters do not break words); like scikit-learn's
 * `\w\w+`, Folio splits them into their letter runs.
 */
const INNER_SEPARATORS = /[^\p{L}\p{M}\p{N}\p{Pc}']+/u
const HAS_LETTER = /\p{L}/u
const HAS_DIGIT = /\p{N}/u

/**
 * Splits a text into lower-case word tokens, in order:
 *
 * - words are found with `Intl.Segmenter` (Unicode word boundaries, dictionary-based for Chinese,
 *   Japanese and Thai) after NFKC normalization (so "ﬁsh" is "fish" and full-width letters are plain);
 * - ’ ‘ ʼ become ', so "don’t" and "don't" are one token; a possessive 's is dropped
 *   ("whale's" → "whale", "whales'" → "whales"); contractions stay whole ("don't"), and the stop
 *   word list knows them;
 * - tokens with a digit ("1850s", "mp3") or without a letter are dropped, as are tokens shorter
 *   than 2 characters ("a", "I"), mirroring scikit-learn's default token pattern `(?u)\b\w\w+\b`.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const locale = options.locale ?? DEFAULT_LOCALE
  const segmenter = segmenterFor(locale)
  const normalized = text.normalize('NFKC')
  const tokens: string[] = []
  for (let start = 0; start < normalized.length; ) {
    const end = chunkEnd(normalized, start)
    for (const { segment, isWordLike } of segmenter.segment(normalized.slice(start, end))) {
      if (!isWordLike) continue
      const word = segment.toLocaleLowerCase(locale).replace(APOSTROPHES, "'")
      for (const part of word.split(INNER_SEPARATORS)) {
        const token = cleanApostrophes(part)
        if (isToken(token)) tokens.push(token)
      }
    }
    start = end
  }
  return tokens
}

/**
 * V8's segment iterator slows down more than linearly with the length of the string (100 000
 * characters take seconds, 500 take microseconds), so texts are segmented in chunks of about this
 * many UTF-16 units, cut after whitespace, where a word never continues.
 */
const CHUNK = 512

function chunkEnd(text: string, start: number): number {
  const limit = start + CHUNK
  if (limit >= text.length) return text.length
  for (let end = limit; end > start; end--) {
    if (isWhitespace(text.charCodeAt(end - 1))) return end
  }
  // No whitespace (Chinese, Japanese, a very long URL): cut anyway, but not inside a surrogate pair.
  const unit = text.charCodeAt(limit)
  return unit >= 0xdc00 && unit <= 0xdfff ? limit + 1 : limit
}

const isWhitespace = (unit: number): boolean =>
  unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x3000 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029

/** Drops apostrophes at either end and a possessive 's. */
function cleanApostrophes(part: string): string {
  if (!part.includes("'")) return part
  let token = part.replace(/^'+|'+$/g, '')
  if (token.endsWith("'s")) token = token.slice(0, -2)
  return token
}

function isToken(token: string): boolean {
  if (token.length < 2 || !HAS_LETTER.test(token) || HAS_DIGIT.test(token)) return false
  // Two UTF-16 units may be one astral character (𝒜): count code points.
  return token.length > 2 || [...token].length >= 2
}
