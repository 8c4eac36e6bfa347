// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { File as NodeFile } from 'node:buffer'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIngestStore } from '@/stores/ingest'
import { useLibraryStore } from '@/stores/library'
import { useSourcesStore } from '@/stores/sources'
import { resetIndexedDb } from '../db/reset'

const hostile = (name: string): string => readFileSync(resolve(process.cwd(), 'test/fixtures/hostile', name), 'utf8')

/** Skips: no content (item 3), duplicate id (item 4), no text and no title (item 9); keeps 6. */
const rssBadItems = hostile('rss-bad-items.xml')
/** Skips: missing id (2), no content (1), duplicate id (1), not an object (2), no text and no title (1); keeps 6. */
const jsonBadItems = hostile('json-feed-bad-items.json')

/** Answers every request with `body`, as the content type given. */
function serve(body: () => string, type: string, etag = '"v1"'): void {
  vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(body(), { headers: { 'content-type': type, etag } }))))
}

describe('messages for items left out of an import or refresh', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  it('says why a subscription and a later refresh skipped items, grouped by reason', async () => {
    let rss = rssBadItems
    serve(() => rss, 'application/rss+xml')
    const sources = useSourcesStore()
    await sources.subscribe('https://allotment.example/rss')
    expect(useIngestStore().error).toBeNull()
    expect(useIngestStore().message).toBe('“Allotment Notes”: 6 new articles, 3 items skipped (no content: 1, duplicate id: 1, no text and no title: 1).')

    rss = rss.replace('<link>https://allotment.example/</link>', '<link>https://allotment.example/</link><item><guid>new-1</guid><description>Fresh.</description></item>')
    serve(() => rss, 'application/rss+xml', '"v2"')
    await sources.refreshFeeds()
    expect(useIngestStore().message).toBe(
      '“Allotment Notes”: 1 new article, 6 already in your library, 3 items skipped (no content: 1, duplicate id: 1, no text and no title: 1).',
    )
  })

  it('says why an imported file had items skipped', async () => {
    // Node's File: jsdom's has no arrayBuffer().
    const file = new NodeFile([jsonBadItems], 'allotment.json', { type: 'application/feed+json' }) as unknown as File
    await useSourcesStore().importFiles([file])
    expect(useIngestStore().error).toBeNull()
    expect(useIngestStore().message).toBe(
      'allotment.json: “Allotment Notes (JSON)”: 6 new articles, 7 items skipped (missing id: 2, no content: 1, duplicate id: 1, not an object: 2, no text and no title: 1).',
    )
  })

  it('says why the sample library skipped items, grouped across its feeds', async () => {
    const catalog = JSON.stringify({
      version: 1,
      feeds: [
        { url: '/samples/allotment.json', title: 'Allotment' },
        { url: '/samples/quiet.json', title: 'Quiet' },
      ],
    })
    const quiet = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Quiet',
      items: [
        { id: 'q1', content_text: 'One calm day.' },
        { id: 'q2', title: 'Nothing to say' },
      ],
    })
    const bodies: Record<string, string> = { '/samples/index.json': catalog, '/samples/allotment.json': jsonBadItems, '/samples/quiet.json': quiet }
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => Promise.resolve(new Response(bodies[url] ?? 'not found', { status: url in bodies ? 200 : 404, headers: { 'content-type': 'application/feed+json' } }))),
    )
    await useLibraryStore().addSampleLibrary()
    expect(useIngestStore().error).toBeNull()
    expect(useIngestStore().message).toBe(
      'Added 7 articles from the sample library, 8 skipped (missing id: 2, no content: 2, duplicate id: 1, not an object: 2, no text and no title: 1).',
    )
  })
})
