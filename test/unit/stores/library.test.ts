// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getArticle, listArticleSummaries } from '@/db/articles'
import { listSources } from '@/db/sources'
import { useIngestStore } from '@/stores/ingest'
import { useLibraryStore } from '@/stores/library'
import { resetIndexedDb } from '../db/reset'

const sampleFeed = readFileSync(resolve(process.cwd(), 'public/samples/welcome.json'), 'utf8')

const catalog = JSON.stringify({ version: 1, feeds: [{ url: '/samples/welcome.json', title: 'Welcome' }] })

/** Serves the catalog, and `body` for the feed it lists. */
function serve(body: string, status = 200): void {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(url === '/samples/index.json' ? new Response(catalog) : new Response(body, { status, headers: { 'content-type': 'application/feed+json' } })),
    ),
  )
}

describe('library store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  it('starts empty and ingests the sample library through the feed path', async () => {
    const library = useLibraryStore()
    await library.refresh()
    expect(library.isEmpty).toBe(true)

    serve(sampleFeed)
    await library.addSampleLibrary()
    expect(fetch).toHaveBeenCalledWith('/samples/welcome.json', expect.anything())
    expect(useIngestStore().error).toBeNull()
    const itemCount = (JSON.parse(sampleFeed) as { items: unknown[] }).items.length
    expect(library.total).toBe(itemCount)
    expect(library.isEmpty).toBe(false)
    expect(useIngestStore().message).toBe(`Added ${itemCount} articles from the sample library.`)

    const [first] = await listArticleSummaries()
    expect(first?.title).toBe('Welcome to Folio')
    const stored = await getArticle(first?.id ?? '')
    expect(stored?.html).toContain('loading="lazy"')
    expect(stored?.documentUrl).toBe('/articles/folio-welcome.json')
    expect((await listSources()).map((source) => source.kind)).toEqual(['sample'])
  })

  it('adding the sample library twice does not duplicate articles', async () => {
    serve(sampleFeed)
    const library = useLibraryStore()
    await library.addSampleLibrary()
    const total = library.total
    await library.addSampleLibrary()
    expect(library.total).toBe(total)
  })

  it('reports a failed download clearly and stores nothing', async () => {
    serve('not found', 404)
    const library = useLibraryStore()
    await library.addSampleLibrary()
    expect(useIngestStore().error).toBe('Could not download /samples/welcome.json (HTTP 404).')
    expect(useIngestStore().busy).toBe(false)
    expect(library.total).toBe(0)
  })

  it('reports a file that is not a feed', async () => {
    serve('{"hello": "world"}')
    const library = useLibraryStore()
    await library.addSampleLibrary()
    expect(useIngestStore().error).toBe('This JSON is not a JSON Feed (no jsonfeed.org version).')
  })
})
