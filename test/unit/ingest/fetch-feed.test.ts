// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IngestError } from '@/ingest/errors'
import { fetchFeed, proxiedUrl } from '@/ingest/fetch-feed'

type Call = { url: string; init: RequestInit | undefined }

/** A fetch that answers by URL and records what it was asked. */
function stubFetch(answer: (url: string, init: RequestInit | undefined) => Response | 'network-error'): Call[] {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL, init?: RequestInit) => {
      const url = String(input)
      calls.push({ url, init })
      const result = answer(url, init)
      return result === 'network-error' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(result)
    }),
  )
  return calls
}

const headersOf = (call: Call | undefined): Record<string, string> => (call?.init?.headers ?? {}) as Record<string, string>

describe('fetchFeed', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks a same-origin feed conditionally and passes 304 on', async () => {
    const calls = stubFetch(() => new Response(null, { status: 304 }))
    expect(await fetchFeed('/samples/welcome.json', { etag: '"abc"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' })).toEqual({ status: 'not-modified' })
    expect(headersOf(calls[0])).toMatchObject({ 'if-none-match': '"abc"', 'if-modified-since': 'Tue, 24 Nov 2026 10:00:00 GMT' })
  })

  it('reads a CORS feed directly, without custom headers, and keeps its validators and charset', async () => {
    const body = Uint8Array.from([...'<rss><channel><title>Caf'].map((c) => c.charCodeAt(0)).concat([0xe9]))
    const calls = stubFetch(() => new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=windows-1252', etag: '"v1"' } }))
    const fetched = await fetchFeed('https://news.example/feed.xml', { etag: '"v0"', lastModified: null })
    expect(fetched).toEqual({ status: 'ok', text: '<rss><channel><title>Café', etag: '"v1"', lastModified: null, via: 'direct' })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.init).toMatchObject({ mode: 'cors', cache: 'no-cache' })
    // Only CORS-safelisted headers, or the browser sends a preflight that feed servers do not answer:
    // Accept alone, at most 128 bytes, with none of the Fetch standard's unsafe bytes.
    const headers = headersOf(calls[0])
    expect(Object.keys(headers)).toEqual(['accept'])
    expect(new TextEncoder().encode(headers.accept).length).toBeLessThanOrEqual(128)
    expect(headers.accept).not.toMatch(/[\x00-\x08\x0a-\x1f"():<>?@[\\\]{}\x7f]/)
  })

  it('falls back to the proxy, conditionally, when the browser may not read the feed', async () => {
    const calls = stubFetch((url) => (url.startsWith('https://') ? 'network-error' : new Response(null, { status: 304 })))
    expect(await fetchFeed('https://news.example/feed.xml', { etag: '"v1"', lastModified: null })).toEqual({ status: 'not-modified' })
    expect(calls.map((call) => call.url)).toEqual(['https://news.example/feed.xml', proxiedUrl('https://news.example/feed.xml')])
    expect(headersOf(calls[1])).toMatchObject({ 'if-none-match': '"v1"' })
  })

  it('goes straight to the proxy for a feed known to need it', async () => {
    const calls = stubFetch(() => new Response('<rss/>', { headers: { 'content-type': 'application/rss+xml' } }))
    expect((await fetchFeed('https://news.example/feed.xml', null, 'proxy')).status).toBe('ok')
    expect(calls.map((call) => call.url)).toEqual([proxiedUrl('https://news.example/feed.xml')])
  })

  it('explains a failure with the server’s own message, or the status', async () => {
    stubFetch((url) => (url.startsWith('https://') ? 'network-error' : Response.json({ error: 'private_address', message: 'That address is not on the public internet.' }, { status: 403 })))
    await expect(fetchFeed('https://intranet.example/feed')).rejects.toEqual(
      new IngestError('fetch_failed', 'Could not download https://intranet.example/feed: That address is not on the public internet.'),
    )
    stubFetch(() => new Response('gone', { status: 410 }))
    await expect(fetchFeed('/samples/old.json')).rejects.toMatchObject({ message: 'Could not download /samples/old.json (HTTP 410).' })
    stubFetch(() => 'network-error')
    await expect(fetchFeed('/samples/old.json')).rejects.toMatchObject({ message: 'Could not download /samples/old.json.' })
  })
})
