// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { File as NodeFile } from 'node:buffer'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listArticleSummaries } from '@/db/articles'
import { listSources } from '@/db/sources'
import { useIngestStore } from '@/stores/ingest'
import { useLibraryStore } from '@/stores/library'
import { useSourcesStore } from '@/stores/sources'
import { resetIndexedDb } from '../db/reset'

const fixture = (name: string): string => readFileSync(resolve(process.cwd(), 'test/fixtures/feeds', name), 'utf8')

/** The web as this test sees it: a site page, its RSS feed (with an ETag) and an Atom feed. */
let rss = fixture('rss2-cdata-entities.xml')
const requests: Array<{ url: string; proxied: boolean; headers: Record<string, string> }> = []

function serveWeb(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL, init?: RequestInit) => {
      const url = decodeURIComponent(String(input).replace(/^\/api\/fetch\?url=/, ''))
      const headers = (init?.headers ?? {}) as Record<string, string>
      requests.push({ url, proxied: String(input).startsWith('/api/fetch'), headers })
      if (!String(input).startsWith('/api/fetch')) return Promise.reject(new TypeError('Failed to fetch')) // no CORS: via the proxy
      if (url === 'https://gazette.example/') return Promise.resolve(new Response(fixture('site-with-feeds.html'), { headers: { 'content-type': 'text/html' } }))
      if (url === 'https://gazette.example/feed/') {
        if (headers['if-none-match'] === '"r1"') return Promise.resolve(new Response(null, { status: 304 }))
        return Promise.resolve(new Response(rss, { headers: { 'content-type': 'application/rss+xml', etag: '"r1"' } }))
      }
      if (url === 'https://lighthouse.example/atom.xml') return Promise.resolve(new Response(fixture('atom-xhtml.xml'), { headers: { 'content-type': 'application/atom+xml' } }))
      return Promise.resolve(Response.json({ error: 'upstream_status', message: 'The site answered 404.' }, { status: 502 }))
    }),
  )
}

describe('sources store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
    requests.length = 0
    rss = fixture('rss2-cdata-entities.xml')
    serveWeb()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('offers the feeds a site announces, then subscribes to the one chosen', async () => {
    const sources = useSourcesStore()
    await sources.subscribe('gazette.example')
    expect(sources.choices.map((choice) => choice.url)).toEqual(['https://gazette.example/feed/', 'https://gazette.example/atom.xml'])
    expect(useIngestStore().message).toBe('https://gazette.example/ offers 2 feeds: choose one.')
    await sources.subscribe('https://gazette.example/feed/')
    expect(useIngestStore().message).toBe('“The Harbour & Hill Gazette”: 2 new articles, 2 items skipped (no content: 1, duplicate id: 1).')
    expect(useLibraryStore().total).toBe(2)
    const [source] = await listSources()
    expect(source).toMatchObject({ kind: 'feed', url: 'https://gazette.example/feed/', etag: '"r1"', fetchVia: 'proxy' })
  })

  it('refreshes conditionally through the proxy and adds only new items', async () => {
    const sources = useSourcesStore()
    await sources.subscribe('https://gazette.example/feed/')
    const before = requests.length
    await sources.refreshFeeds()
    expect(useIngestStore().message).toBe('“The Harbour & Hill Gazette”: nothing new.')
    // Known to need the proxy: one conditional request through it, no direct try first.
    expect(requests.slice(before)).toEqual([{ url: 'https://gazette.example/feed/', proxied: true, headers: expect.objectContaining({ 'if-none-match': '"r1"' }) as object }])

    rss = rss.replace('<channel>', '<channel><item><title>Brand new</title><guid>new-1</guid><description>Fresh news.</description></item>')
    rss = rss.replaceAll('"r1"', '"r2"')
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(rss, { headers: { 'content-type': 'application/rss+xml', etag: '"r2"' } }))))
    await sources.refreshFeeds()
    expect(useIngestStore().message).toBe('“The Harbour & Hill Gazette”: 1 new article, 2 already in your library, 2 items skipped (no content: 1, duplicate id: 1).')
    expect((await listArticleSummaries()).map((article) => article.title)).toContain('Brand new')
  })

  it('refreshes on open only the feeds not checked recently', async () => {
    const sources = useSourcesStore()
    await sources.subscribe('https://gazette.example/feed/')
    const before = requests.length
    await sources.refreshFeeds({ staleOnly: true })
    expect(requests.length).toBe(before)
    await sources.refreshFeeds({ staleOnly: true, now: Date.now() + 31 * 60 * 1000 })
    expect(requests.length).toBe(before + 1)
  })

  it('imports an OPML list as subscriptions, reporting feeds it cannot reach, and exports them back', async () => {
    const sources = useSourcesStore()
    // Node's File: jsdom's has no arrayBuffer().
    const opml = new NodeFile([fixture('subscriptions-nested.opml')], 'subscriptions.opml', { type: 'text/x-opml' }) as unknown as File
    await sources.importFiles([opml])
    expect(useIngestStore().message).toBe('subscriptions.opml: subscribed to 2 feeds; 1 could not be reached (https://journal.example/rss).')
    const exported = await sources.exportOpml(new Date('2026-11-25T00:00:00Z'))
    expect(exported).toContain('xmlUrl="https://gazette.example/feed/"')
    expect(exported).toContain('xmlUrl="https://lighthouse.example/atom.xml"')
  })

  it('deletes a source with its articles', async () => {
    const sources = useSourcesStore()
    await sources.subscribe('https://gazette.example/feed/')
    const [source] = await listSources()
    expect(await sources.deleteSource(source?.id ?? '')).toBe(2)
    expect(useLibraryStore().total).toBe(0)
    expect(await listSources()).toEqual([])
  })
})
