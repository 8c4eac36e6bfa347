import fc from 'fast-check'

/**
 * Date strings in the forms feeds use, each with the instant it names (an oracle built from its
 * parts with Date.UTC, so no parser is trusted). References: RFC 822 §5 and RFC 5322 §3.3/§4.3
 * (RSS `pubDate`), RFC 850 (old HTTP dates), RFC 3339 (Atom, JSON Feed), W3CDTF
 * (https://www.w3.org/TR/NOTE-datetime, Dublin Core `dc:date`).
 */
export interface DateCase {
  text: string
  /** Milliseconds since the epoch. */
  expected: number
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** RFC 822's named zones, in minutes east of UTC. */
const NAMED_ZONES: Array<[string, number]> = [
  ['GMT', 0],
  ['UT', 0],
  ['UTC', 0],
  ['Z', 0],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  // RFC 822 got the military zones' signs wrong; RFC 5322 §4.3 says to read them as -0000 (UTC).
  ['A', 0],
  ['M', 0],
  ['N', 0],
  ['Y', 0],
]

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0')
const numericZone = (minutes: number, colon: boolean): string => `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}${colon ? ':' : ''}${pad(Math.abs(minutes) % 60)}`

const parts = fc.record({
  year: fc.integer({ min: 1950, max: 2049 }), // the two-digit-year window of RFC 5322 §4.3
  month: fc.integer({ min: 0, max: 11 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  millis: fc.integer({ min: 0, max: 999 }),
})
type Parts = typeof parts extends fc.Arbitrary<infer T> ? T : never

const utc = (p: Parts, offsetMinutes: number, withSeconds = true, withMillis = false): number =>
  Date.UTC(p.year, p.month, p.day, p.hour, p.minute, withSeconds ? p.second : 0, withMillis ? p.millis : 0) - offsetMinutes * 60_000

const zoneChoice = fc.oneof(
  fc.constantFrom(...NAMED_ZONES).map(([name, minutes]) => ({ text: name, minutes })),
  fc.integer({ min: -12 * 60, max: 14 * 60 }).map((minutes) => ({ text: numericZone(minutes, false), minutes })),
  fc.constant({ text: '', minutes: 0 }), // no zone: Folio reads it as UTC, whatever the device's zone
)

/** `Tue, 10 Jun 2003 04:00:00 GMT` and its variants: no day name, one-digit day, two-digit year, no seconds. */
const rfc822 = fc
  .record({ p: parts, dayName: fc.boolean(), padDay: fc.boolean(), shortYear: fc.boolean(), seconds: fc.boolean(), zone: zoneChoice })
  .map(({ p, dayName, padDay, shortYear, seconds, zone }): DateCase => {
    const weekday = new Date(Date.UTC(p.year, p.month, p.day)).getUTCDay()
    const day = padDay ? pad(p.day) : String(p.day)
    const year = shortYear ? pad(p.year % 100) : String(p.year)
    const time = `${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}` : ''}`
    const text = `${dayName ? `${DAYS[weekday]}, ` : ''}${day} ${MONTHS[p.month]} ${year} ${time}${zone.text ? ` ${zone.text}` : ''}`
    return { text, expected: utc(p, zone.minutes, seconds) }
  })

/** RFC 850: `Tuesday, 10-Jun-03 04:00:00 GMT`. */
const rfc850 = parts.map((p): DateCase => {
  const weekday = new Date(Date.UTC(p.year, p.month, p.day)).getUTCDay()
  return { text: `${LONG_DAYS[weekday]}, ${pad(p.day)}-${MONTHS[p.month]}-${pad(p.year % 100)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} GMT`, expected: utc(p, 0) }
})

/** RFC 3339 / ISO 8601: `2003-06-10T04:00:00.123+02:00`, with or without seconds, fraction, offset colon. */
const iso8601 = fc
  .record({
    p: parts,
    separator: fc.constantFrom('T', ' ', 't'),
    seconds: fc.boolean(),
    fraction: fc.integer({ min: 0, max: 6 }),
    zone: fc.oneof(
      fc.constantFrom({ text: 'Z', minutes: 0 }, { text: 'z', minutes: 0 }, { text: '', minutes: 0 }),
      fc.record({ minutes: fc.integer({ min: -12 * 60, max: 14 * 60 }), colon: fc.boolean() }).map(({ minutes, colon }) => ({ text: numericZone(minutes, colon), minutes })),
      // ISO 8601 allows an offset of whole hours, `+02`.
      fc.integer({ min: -12, max: 14 }).map((hours) => ({ text: `${hours < 0 ? '-' : '+'}${pad(hours)}`, minutes: hours * 60 })),
    ),
  })
  .map(({ p, separator, seconds, fraction, zone }): DateCase => {
    const fractionDigits = seconds && fraction > 0 ? `${pad(p.millis, 3)}000`.slice(0, fraction) : ''
    const kept = fractionDigits ? Number(`${fractionDigits}00`.slice(0, 3)) : 0
    const time = `${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}${fractionDigits ? `.${fractionDigits}` : ''}` : ''}`
    const text = `${p.year}-${pad(p.month + 1)}-${pad(p.day)}${separator}${time}${zone.text}`
    return { text, expected: utc({ ...p, millis: kept }, zone.minutes, seconds, true) }
  })

/** W3CDTF's reduced precisions: `2003`, `2003-12`, `2003-12-13` (midnight UTC of the first day they name). */
const w3cdtf = fc
  .record({ p: parts, precision: fc.constantFrom('year', 'month', 'day') })
  .map(({ p, precision }): DateCase => {
    if (precision === 'year') return { text: String(p.year), expected: Date.UTC(p.year, 0, 1) }
    if (precision === 'month') return { text: `${p.year}-${pad(p.month + 1)}`, expected: Date.UTC(p.year, p.month, 1) }
    return { text: `${p.year}-${pad(p.month + 1)}-${pad(p.day)}`, expected: Date.UTC(p.year, p.month, p.day) }
  })

/** A date string in one of the valid forms feeds use, with the instant it names. */
export const validFeedDate: fc.Arbitrary<DateCase> = fc.oneof(rfc822, rfc850, iso8601, w3cdtf)

/** What CMSs put in date fields when they have no date: no instant can be read from these. */
export const INVALID_DATES = [
  '',
  '   ',
  '0000-00-00 00:00:00', // MySQL's zero date
  'yesterday',
  'N/A',
  '{{ post.date }}',
  '2003-13-45',
  'Tue, 10 Jun 2003 25:00:00 GMT',
  '2003-06-10T04:00:60Z',
  'Tue, 10 Foo 2003 04:00:00 GMT',
]

/** Any date string: a valid one, a known invalid one, or noise. */
export const anyDateText: fc.Arbitrary<string> = fc.oneof(
  validFeedDate.map((date) => date.text),
  fc.constantFrom(...INVALID_DATES),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[0-9 :TZ+-]{0,30}$/),
)
