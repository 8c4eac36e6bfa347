// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { countWords, htmlToText, leadSentences, readingMinutes, WORDS_PER_MINUTE } from '@/ingest/text'

describe('htmlToText', () => {
  it('separates paragraphs with one blank line', () => {
    expect(htmlToText('<p>First paragraph.</p><p>Second paragraph.</p>')).toBe('First paragraph.\n\nSecond paragraph.')
  })

  it('keeps inline elements inside their sentence', () => {
    expect(htmlToText('<p>Hello <em>brave</em> <a href="https://x.example">new</a> world</p>')).toBe('Hello brave new world')
  })

  it('separates headings, list items, quotes and line breaks', () => {
    const text = htmlToText('<h2>Head</h2><ul><li>one</li><li>two</li></ul><blockquote>quote</blockquote>a<br>b')
    expect(text.split('\n\n')).toEqual(['Head', 'one', 'two', 'quote', 'a', 'b'])
  })

  it('collapses runs of spaces, tabs and no-break spaces and never leaves three newlines', () => {
    const text = htmlToText('<div><p>  a \t\u00a0 b  </p></div><p></p><p>c</p>')
    expect(text).toBe('a b\n\nc')
    expect(text).not.toMatch(/\n{3,}/)
  })

  it('does not run or keep markup, and decodes entities', () => {
    expect(htmlToText('<p>5 &lt; 6 &amp; 7 &gt; 3</p>')).toBe('5 < 6 & 7 > 3')
  })

  it('returns an empty string for empty input', () => {
    expect(htmlToText('')).toBe('')
  })
})

describe('countWords', () => {
  it.each([
    ['Hello, world!', 2],
    ['  Hello   world  ', 2],
    ['', 0],
    ['… — !? ,;', 0],
    ["don't stop", 2],
    ['state-of-the-art', 4],
    ['It costs 3.50 dollars in 2024.', 6],
    ['One. Two? Three!', 3],
    ['Line one\n\nLine two', 4],
  ])('%j has %i words', (text, count) => {
    expect(countWords(text)).toBe(count)
  })
})

describe('readingMinutes', () => {
  it('reads at 230 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230)
  })

  it.each([
    [0, 1],
    [1, 1],
    [230, 1],
    [344, 1], // 1.496 rounds down
    [345, 2], // 1.5 rounds up
    [460, 2],
    [1000, 4], // 4.35
    [2300, 10],
  ])('%i words take %i minute(s)', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes)
  })
})

describe('leadSentences', () => {
  const text = 'The first sentence. The second one! Is this the third? The fourth.'

  it('returns the first two sentences by default', () => {
    expect(leadSentences(text)).toBe('The first sentence. The second one!')
  })

  it('returns the first N sentences', () => {
    expect(leadSentences(text, 1)).toBe('The first sentence.')
    expect(leadSentences(text, 3)).toBe('The first sentence. The second one! Is this the third?')
  })

  it('returns everything when there are fewer sentences than asked for', () => {
    expect(leadSentences('Only one.', 5)).toBe('Only one.')
  })

  it('collapses newlines and runs of spaces', () => {
    expect(leadSentences('First\n\nline   here.  Second\tone.')).toBe('First line here. Second one.')
  })

  it('truncates with an ellipsis at maxChars', () => {
    const summary = leadSentences(text, 2, 20)
    expect(summary).toBe('The first sentence.…')
    expect(summary.length).toBeLessThanOrEqual(20)
  })

  it('does not leave a space before the ellipsis', () => {
    const summary = leadSentences('Alpha beta gamma delta epsilon.', 1, 12)
    expect(summary).toBe('Alpha beta…')
  })

  it('does not truncate text that fits exactly', () => {
    expect(leadSentences('Exactly twenty char.', 1, 20)).toBe('Exactly twenty char.')
  })

  it('returns an empty string for empty text', () => {
    expect(leadSentences('')).toBe('')
  })
})
