import { describe, expect, it } from 'vitest'
import { tokenize } from '@/ml/text/tokenize'

describe('tokenize', () => {
  it('lower-cases words and drops punctuation', () => {
    expect(tokenize('Call me Ishmael. Some years ago—never mind how long precisely!')).toEqual([
      'call', 'me', 'ishmael', 'some', 'years', 'ago', 'never', 'mind', 'how', 'long', 'precisely',
    ])
  })

  it('drops tokens with digits, without letters, or shorter than two characters', () => {
    expect(tokenize('In 1851 a whale sank 2 ships, I hear; mp3s and 1850s and 3.14 and x2 too')).toEqual([
      'in', 'whale', 'sank', 'ships', 'hear', 'and', 'and', 'and', 'too',
    ])
  })

  it('keeps contractions whole and drops a possessive, with straight or curly apostrophes', () => {
    expect(tokenize("Don't touch the whale's tail; the whales' spouts. It’s Ahab’s—isn‘t it? I'm ʼtwixt")).toEqual([
      "don't", 'touch', 'the', 'whale', 'tail', 'the', 'whales', 'spouts', 'it', 'ahab', "isn't", 'it', "i'm", 'twixt',
    ])
  })

  it('splits what Unicode word boundaries keep together: dotted abbreviations, links, colons', () => {
    expect(tokenize('See https://www.example.com/path?utm=x, e.g. U.S. news, ratio a:b, foo·bar')).toEqual([
      'see', 'https', 'www', 'example', 'com', 'path', 'utm', 'news', 'ratio', 'foo', 'bar',
    ])
  })

  it('splits hyphenated words and keeps underscores, as \\w does', () => {
    expect(tokenize('sperm-whale snake_case')).toEqual(['sperm', 'whale', 'snake_case'])
  })

  it('handles accents, ligatures and full-width letters (NFKC) and non-Latin scripts', () => {
    expect(tokenize('Café ﬁsh ＡＢＣ Ñandú Москва ΚΑΛΗΜΕΡΑ')).toEqual(['café', 'fish', 'abc', 'ñandú', 'москва', 'καλημερα'])
    // Decomposed é (e + U+0301) becomes the composed form.
    expect(tokenize('Cafe\u0301')).toEqual(['café'])
  })

  it('segments Japanese with a dictionary and drops one-character words', () => {
    expect(tokenize('東京都に住んでいます')).toEqual(['東京', 'んで', 'ます'])
  })

  it('lower-cases by locale', () => {
    expect(tokenize('DİYARBAKIR', { locale: 'tr' })).toEqual(['diyarbakır'])
    expect(tokenize('TITLE', { locale: 'en' })).toEqual(['title'])
  })

  it('counts code points, not UTF-16 units, for the length rule', () => {
    expect(tokenize('𐌰 𐌰𐌱 𐐀𐐁')).toEqual(['𐌰𐌱', '𐐨𐐩']) // Gothic; Deseret, lower-cased
  })

  it('gives the same tokens however long the text (it is segmented in chunks)', () => {
    const sentence = 'The whale’s spout rose over the sea, and Ahab didn’t blink. '
    const long = sentence.repeat(400) // about 24 000 characters, many chunks
    const expected = tokenize(sentence)
    expect(expected).toHaveLength(11)
    expect(tokenize(long)).toEqual(Array.from({ length: 400 }, () => expected).flat())
    // A single word longer than a chunk, with no whitespace to cut at, is cut but not lost.
    const unbroken = 'a'.repeat(600) + ' tail'
    expect(tokenize(unbroken).join('').length).toBe(604)
  })

  it('returns nothing for empty or word-less text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' — 42 … !? ')).toEqual([])
  })
})
