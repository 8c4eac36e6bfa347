import { decodeHTML } from 'entities'
import { parseFeedDate } from './feed-date'

/** Feed text fields, cleaned the same way whatever the format. */

/**
 * Drops every `<…>` run, as `text.replace(/<[^>]*>/g, '')` does, in linear time: the expression
 * rescans to the end from each "<" that no ">" follows (seconds for a long hostile title).
 */
function stripTags(text: string): string {
  let out = ''
  let from = 0
  for (let open = text.indexOf('<'); open !== -1; open = text.indexOf('<', from)) {
    const close = text.indexOf('>', open + 1)
    if (close === -1) break // no ">" after this "<": no tag anywhere further on
    out += text.slice(from, open)
    from = close + 1
  }
  return out + text.slice(from)
}

/** A plain-text title: tags dropped, entities decoded (titles arrive escaped once or twice), spaces collapsed. */
export function plainTitle(value: string | undefined | null): string | null {
  if (!value) return null
  let text = value
  // Decoding can reveal markup that was escaped once more (`&lt;b&gt;`): strip, decode, strip again.
  for (let pass = 0; pass < 2; pass += 1) text = decodeHTML(stripTags(text))
  const clean = stripTags(text).replace(/\s+/g, ' ').trim()
  return clean || null
}

/** A non-empty trimmed string, or null. */
export const nonEmpty = (value: string | undefined | null): string | null => (value?.trim() ? value.trim() : null)

/** An ISO 8601 date from any form feeds use (RFC 822, ISO 8601, W3CDTF); null when unreadable. */
export function isoDate(value: string | undefined | null): string | null {
  const time = parseFeedDate(value)
  return time === null ? null : new Date(time).toISOString()
}

/** `link` made absolute against `base` (relative links are common in RSS); null when not http(s). */
export function absoluteUrl(link: string | undefined | null, base: string | null): string | null {
  if (!link?.trim()) return null
  try {
    const url = new URL(link.trim(), base ?? undefined)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Unique, non-empty plain-text values (names, tags: entities decoded) in first-seen order. */
export function uniqueStrings(values: ReadonlyArray<string | undefined | null>): string[] {
  return [...new Set(values.map((value) => plainTitle(value) ?? '').filter(Boolean))]
}
