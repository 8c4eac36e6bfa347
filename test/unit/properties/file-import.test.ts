// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planImport, type ImportPlan } from '@/ingest/file-import'
import { parseFeedText } from '@/ingest/formats/feed'
import { asyncOutcomeOf, isClearMessage, outcomeOf, PROPERTY_TIMEOUT_MS } from './guards'
import { FEED_FIXTURES, OPML_FIXTURES, anyText, mutatedBytes } from './input-arbitraries'

/** Runs per property; the file stays within a few seconds. */
const IMPORT_RUNS = { bytes: 200, text: 200, mutated: 200 }

/** jsdom's File has no arrayBuffer(); Node's does, and is what the importer reads. */
const file = (bytes: Uint8Array | string, name: string, type: string): File => new NodeFile([bytes], name, { type }) as unknown as File

const names = fc.oneof(fc.constantFrom('feed.xml', 'feed.json', 'list.opml', 'page.html', 'notes.md', 'notes.txt', 'photo.png', 'archive.gz', 'noext', '.hidden', 'x.XML'), fc.string({ maxLength: 20 }))
const types = fc.constantFrom('', 'text/xml', 'application/json', 'text/x-opml', 'text/html', 'text/markdown', 'text/plain', 'image/png', 'application/octet-stream', 'text/xml; charset=shift_jis')

/**
 * The importer's parse step, up to the point before IndexedDB: plan the import, then parse the
 * feed a text job carries (the worker does that next). Every step returns or throws IngestError.
 */
async function importUpToStorage(input: File): Promise<void> {
  const planned = await asyncOutcomeOf(() => planImport(input), 'planImport')
  if (!planned.ok) {
    expect(['unsupported_file', 'no_items', 'not_opml', 'not_a_feed', 'not_json', 'not_json_feed']).toContain(planned.error.code)
    expect(isClearMessage(planned.error.message), planned.error.message).toBe(true)
    return
  }
  const plan: ImportPlan = planned.value
  if (plan.type === 'subscriptions') expect(plan.subscriptions.length).toBeGreaterThan(0)
  else if (plan.job.type === 'feed') expect(plan.job.feed.items).toHaveLength(1)
  else if (plan.job.type === 'text') {
    const { text } = plan.job
    outcomeOf(() => parseFeedText(text), 'parseFeedText')
  }
}

describe('the file importer never throws anything but IngestError, and never hangs', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('any bytes, under any name and type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), names, types, (bytes, name, type) => importUpToStorage(file(bytes, name, type))),
      { numRuns: IMPORT_RUNS.bytes },
    )
  })

  it('any text, under any name and type', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, names, types, (text, name, type) => importUpToStorage(file(text, name, type))),
      { numRuns: IMPORT_RUNS.text },
    )
  })

  it('valid feeds and OPML with random bytes written in', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBytes([...FEED_FIXTURES, ...OPML_FIXTURES]), names, types, (bytes, name, type) => importUpToStorage(file(bytes, name, type))),
      { numRuns: IMPORT_RUNS.mutated },
    )
  })
})
