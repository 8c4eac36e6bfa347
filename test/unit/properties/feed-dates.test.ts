import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isoDate } from '@/ingest/formats/feed-fields'
import { PROPERTY_TIMEOUT_MS, timed } from './guards'
import { INVALID_DATES, anyDateText, validFeedDate } from './date-arbitraries'
import { longText } from './input-arbitraries'

/** Runs per property; the file stays within a few seconds. */
const DATE_RUNS = { valid: 1000, any: 500, long: 20 }

const ISO = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

describe('feed dates', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  const zone = process.env.TZ
  // Far from UTC, so a date read in the device's zone would show.
  beforeAll(() => {
    process.env.TZ = 'Pacific/Chatham'
  })
  afterAll(() => {
    process.env.TZ = zone
  })

  it('every valid form names the instant its parts say, in any device zone', () => {
    fc.assert(
      fc.property(validFeedDate, ({ text, expected }) => {
        expect(isoDate(text), text).toBe(new Date(expected).toISOString())
      }),
      { numRuns: DATE_RUNS.valid },
    )
  })

  it('any string gives null or an ISO 8601 instant, and never throws', () => {
    fc.assert(
      fc.property(anyDateText, (text) => {
        const date = timed(() => isoDate(text), 'isoDate')
        if (date !== null) expect(date).toMatch(ISO)
      }),
      { numRuns: DATE_RUNS.any },
    )
    for (const text of INVALID_DATES) expect(isoDate(text), text).toBeNull()
  })

  it('long strings are refused at once', () => {
    fc.assert(
      fc.property(longText, (text) => {
        timed(() => isoDate(text), 'isoDate')
      }),
      { numRuns: DATE_RUNS.long },
    )
  })
})
