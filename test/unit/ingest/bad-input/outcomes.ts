import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { IngestError } from '@/ingest/errors'
import { decodeText } from '@/ingest/formats/decode'
import { parseFeedText } from '@/ingest/formats/feed'

/** A fixture's bytes (under test/fixtures). */
export const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures', path)))

/** A fixture as text, decoded the way Folio decodes downloads and files. */
export const fixtureText = (path: string): string => decodeText(fixtureBytes(path))

/** What parsing did: the IngestError it refused with, or how many items it kept and skipped. */
export type FeedOutcome = { error: { code: string; message: string } } | { items: number; skipped: string[] }

/** Parses and describes the outcome; anything thrown but an IngestError fails the test. */
export function feedOutcome(text: string): FeedOutcome {
  try {
    const feed = parseFeedText(text)
    return { items: feed.items.length, skipped: feed.skipped.map((entry) => entry.reason) }
  } catch (error) {
    if (!(error instanceof IngestError)) throw error
    return { error: { code: error.code, message: error.message } }
  }
}

/** Bytes from a seeded generator (xorshift32), so "random bytes" are the same on every run. */
export function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[i] = state & 0xff
  }
  return bytes
}
