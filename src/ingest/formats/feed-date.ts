/**
 * Zone names feeds write, in minutes east of UTC: RFC 822's own (§5), plus abbreviations that
 * name one zone in practice. Ambiguous ones (IST, CST outside RFC 822's meaning) are not guessed.
 */
const NAMED_ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180,
  JST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
}

/** No real date string is longer; a longer "date" is not parsed at all. */
const MAX_LENGTH = 100

/** RFC 3339 / ISO 8601 date and time: `2003-06-10T04:00:00.123+02:00`, a space for the T, `+02`, `+0200`. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
/** RFC 822 / RFC 850: everything up to the time, then a zone name or `±hhmm`, or nothing. */
const RFC822_ZONE = /^(.*\d:\d{2}(?::\d{2})?)\s*([A-Z]{1,4}|[+-]\d{4})?$/i

/** A zone somewhere in a free-form date: `GMT`, `UTC`, `Z` or an offset of four digits. */
const NAMES_A_ZONE = /\b(?:GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\b/i

const finite = (time: number): number | null => (Number.isFinite(time) ? time : null)

function numericZone(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.trunc(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

/** `±hh:mm` for an ISO zone; no zone is UTC. */
function isoZone(zone: string | undefined): string {
  if (!zone || zone.toUpperCase() === 'Z') return 'Z'
  const digits = zone.slice(1).replace(':', '')
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`
}

/** `±hhmm` for an RFC 822 zone, or null for a name that says nothing certain. */
function rfc822Zone(zone: string | undefined): string | null {
  if (!zone) return '+0000'
  if (zone.startsWith('+') || zone.startsWith('-')) return zone
  const name = zone.toUpperCase()
  const minutes = NAMED_ZONES[name]
  if (minutes !== undefined) return numericZone(minutes)
  // RFC 822 got the military letters' signs backwards; RFC 5322 §4.3 reads them all as -0000.
  return /^[A-IK-Z]$/.test(name) ? '+0000' : null
}

/**
 * The instant a feed's date names, in milliseconds, or null when it names none. Reads RFC 822
 * (with or without the day name, seconds or a four-digit year; named, military or numeric
 * zones), RFC 850, RFC 3339 / ISO 8601 and W3CDTF's reduced precisions (`2003-12`). A date
 * without a zone is read as UTC, not in the device's zone, so that every device dates an article
 * the same.
 */
export function parseFeedDate(value: string | null | undefined): number | null {
  const text = value?.trim().replace(/\s*\([^()]*\)$/, '') // a trailing comment: "+0000 (UTC)"
  if (!text || text.length > MAX_LENGTH) return null
  const iso = ISO_DATE_TIME.exec(text)
  if (iso) return finite(Date.parse(`${iso[1]}T${iso[2]?.replace(',', '.')}${isoZone(iso[3])}`))
  const rfc822 = RFC822_ZONE.exec(text)
  if (rfc822) {
    const zone = rfc822Zone(rfc822[2])
    return zone === null ? null : finite(Date.parse(`${rfc822[1]} ${zone}`))
  }
  // Anything else the engine reads ("June 10, 2003", "… GMT+0200"), in UTC when it names no zone.
  return finite(Date.parse(NAMES_A_ZONE.test(text) ? text : `${text} UTC`))
}
