import { segmentsOf } from './segments'

/** Words per minute of an adult reading on screen; used for reading times. */
export const WORDS_PER_MINUTE = 230

/** The visible text of sanitized HTML, block elements separated by blank lines. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  for (const block of doc.body.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, br, tr')) {
    block.append('\n\n')
  }
  return (doc.body.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })

export function countWords(text: string): number {
  let count = 0
  for (const segment of segmentsOf(wordSegmenter, text)) if (segment.isWordLike) count += 1
  return count
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE))
}

/** The first `count` sentences, cut at `maxChars`: a title for an item that has none. */
export function leadSentences(text: string, count = 2, maxChars = 320): string {
  const sentences: string[] = []
  for (const { segment } of segmentsOf(sentenceSegmenter, text.replace(/\s+/g, ' '))) {
    const trimmed = segment.trim()
    if (trimmed) sentences.push(trimmed)
    if (sentences.length === count) break
  }
  const summary = sentences.join(' ')
  return summary.length > maxChars ? `${summary.slice(0, maxChars - 1).trimEnd()}…` : summary
}
