import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'
import type { FetchProxyOptions } from '../../../server/fetch-proxy'
import { checkTarget } from '../../../server/net/guard'
import { DEFAULT_UPSTREAM_OPTIONS, guardFor } from '../../../server/net/upstream-fetch'
import { UNTRUSTED_CONTENT_POLICY } from '../../../server/security-headers'

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Upstream</title></channel></rss>'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** The upstream site, on 127.0.0.1 and a free port; `handler` is swapped per test. */
let upstream: Server
let upstreamUrl: string
let handler: Handler
let connections = 0
let seen: IncomingMessage[] = []

let distDir: string
let app: FastifyInstance | null = null

async function proxy(options: Partial<FetchProxyOptions> = {}): Promise<FastifyInstance> {
  app = await buildServer({ distDir, fetchProxy: options })
  return app
}

const fetchVia = (server: FastifyInstance, target: string, headers: Record<string, string> = {}) =>
  server.inject({ method: 'GET', url: `/api/fetch?url=${encodeURIComponent(target)}`, headers })

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-proxy-dist-'))
  upstream = createServer((request, response) => {
    seen.push(request)
    // One request per connection, so closing connections between tests never leaves the proxy a dead pooled socket.
    response.shouldKeepAlive = false
    handler(request, response)
  })
  upstream.on('connection', () => void (connections += 1))
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

beforeEach(() => {
  connections = 0
  seen = []
  handler = (_request, response) => response.writeHead(500).end()
})

afterEach(async () => {
  await app?.close()
  app = null
  upstream.closeAllConnections()
})

afterAll(async () => {
  await new Promise<void>((resolve, reject) => upstream.close((error) => (error ? reject(error) : resolve())))
  await rm(distDir, { recursive: true, force: true })
})

describe('/api/fetch refuses bad targets', () => {
  it.each([
    ['file:///etc/passwd', 'bad_scheme'],
    ['javascript:alert(1)', 'bad_scheme'],
    ['ftp://example.com/feed.xml', 'bad_scheme'],
    ['data:text/plain,hi', 'bad_scheme'],
    ['not a url at all', 'bad_url'],
    ['', 'bad_url'],
    ['https://user:secret@example.com/feed.xml', 'credentials'],
    ['https://user@example.com/feed.xml', 'credentials'],
  ])('%j → 400 %s', async (target, code) => {
    const response = await fetchVia(await proxy(), target)
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: code })
  })

  it('answers 400 bad_url when the url parameter is missing', async () => {
    const response = await (await proxy()).inject({ method: 'GET', url: '/api/fetch' })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: 'bad_url' })
  })

  it.each([
    () => `${upstreamUrl}/feed.xml`,
    () => 'http://[::1]/',
    () => 'http://localhost/',
    () => 'http://10.0.0.1/',
    () => 'http://169.254.169.254/latest/meta-data/',
    () => 'http://[::ffff:127.0.0.1]/',
    () => 'http://0x7f000001/', // WHATWG URL parses this as 127.0.0.1
  ])('refuses private target #%# with 403 private_address', async (target) => {
    const response = await fetchVia(await proxy(), target())
    expect(response.statusCode).toBe(403)
    expect(response.json()).toMatchObject({ error: 'private_address' })
  })

  it('makes zero connections to a private upstream with the switch off', async () => {
    handler = (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS)
    const server = await proxy()
    for (const target of [`${upstreamUrl}/feed.xml`, `http://localhost:${new URL(upstreamUrl).port}/feed.xml`]) {
      expect((await fetchVia(server, target)).statusCode).toBe(403)
    }
    expect(connections).toBe(0)
    // The count is live: with the switch on the same request does reach upstream.
    await server.close()
    expect((await fetchVia(await proxy({ allowPrivateAddresses: true }), `${upstreamUrl}/feed.xml`)).statusCode).toBe(200)
    expect(connections).toBeGreaterThan(0)
  })
})

describe('checkTarget with the default policy', () => {
  it.each(['http://8.8.8.8/feed.xml', 'https://1.1.1.1/', 'https://[2606:4700:4700::1111]/'])(
    'lets the public IP literal %s through',
    async (target) => {
      await expect(checkTarget(target, guardFor(DEFAULT_UPSTREAM_OPTIONS))).resolves.toBeInstanceOf(URL)
    },
  )
})

describe('/api/fetch with allowPrivateAddresses (test upstream)', () => {
  it('passes an RSS body through with its type, ETag and Last-Modified', async () => {
    handler = (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' })
        .end(RSS)
    const response = await fetchVia(await proxy({ allowPrivateAddresses: true }), `${upstreamUrl}/feed.xml`)
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(RSS)
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8')
    expect(response.headers.etag).toBe('"v1"')
    expect(response.headers['last-modified']).toBe('Mon, 01 Jan 2024 00:00:00 GMT')
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(seen[0]?.url).toBe('/feed.xml')
    // Someone else's content: opened directly on Folio's origin it can neither run nor render.
    expect(response.headers['content-security-policy']).toBe(UNTRUSTED_CONTENT_POLICY)
    expect(response.headers['content-security-policy']).toMatch(/\bsandbox\b/)
    expect(response.headers['content-disposition']).toBe('attachment')
  })

  it('forwards If-None-Match and If-Modified-Since and passes a 304 on', async () => {
    handler = (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304, { etag: '"v1"' }).end()
      else response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS)
    }
    const server = await proxy({ allowPrivateAddresses: true })
    const since = 'Mon, 01 Jan 2024 00:00:00 GMT'
    const response = await fetchVia(server, `${upstreamUrl}/feed.xml`, { 'if-none-match': '"v1"', 'if-modified-since': since })
    expect(response.statusCode).toBe(304)
    expect(response.body).toBe('')
    expect(seen[0]?.headers['if-none-match']).toBe('"v1"')
    expect(seen[0]?.headers['if-modified-since']).toBe(since)
    expect((await fetchVia(server, `${upstreamUrl}/feed.xml`, { 'if-none-match': '"v0"' })).statusCode).toBe(200)
  })

  it('refuses an image with 415', async () => {
    handler = (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64))
    const response = await fetchVia(await proxy({ allowPrivateAddresses: true }), `${upstreamUrl}/feed.xml`)
    expect(response.statusCode).toBe(415)
    expect(response.json()).toMatchObject({ error: 'content_type' })
  })

  it('refuses a body larger than maxBytes with 413 and accepts one that fits', async () => {
    let size = 5000
    handler = (_request, response) => response.writeHead(200, { 'content-type': 'application/xml' }).end('x'.repeat(size))
    const server = await proxy({ allowPrivateAddresses: true, maxBytes: 1000 })
    const tooBig = await fetchVia(server, `${upstreamUrl}/big.xml`)
    expect(tooBig.statusCode).toBe(413)
    expect(tooBig.json()).toMatchObject({ error: 'too_large' })
    size = 1000
    const fits = await fetchVia(server, `${upstreamUrl}/ok.xml`)
    expect(fits.statusCode).toBe(200)
    expect(fits.body).toHaveLength(1000)
  })

  it('follows a redirect, re-checked (more in redirects.test.ts)', async () => {
    handler = (request, response) => {
      if (request.url === '/moved') response.writeHead(302, { location: '/feed.xml' }).end()
      else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS)
    }
    const response = await fetchVia(await proxy({ allowPrivateAddresses: true }), `${upstreamUrl}/moved`)
    expect([response.statusCode, response.body]).toEqual([200, RSS])
    expect(seen.map((request) => request.url)).toEqual(['/moved', '/feed.xml'])
  })

  it('answers 502 when upstream fails', async () => {
    const response = await fetchVia(await proxy({ allowPrivateAddresses: true }), `${upstreamUrl}/feed.xml`)
    expect(response.statusCode).toBe(502)
    expect(response.json()).toMatchObject({ error: 'upstream_status' })
  })

  it('times out with 504 when upstream never answers', async () => {
    handler = () => undefined // hold the request open
    const started = Date.now()
    const response = await fetchVia(await proxy({ allowPrivateAddresses: true, timeoutMs: 300 }), `${upstreamUrl}/slow.xml`)
    expect(response.statusCode).toBe(504)
    expect(response.json()).toMatchObject({ error: 'timeout' })
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
