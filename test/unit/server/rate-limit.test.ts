import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildServer, DEFAULT_FETCH_RATE_LIMIT, type ServerOptions } from '../../../server/app'

let distDir: string
let upstream: Server
let feedUrl: string
let connections = 0
let app: FastifyInstance | null = null

async function server(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  app = await buildServer({ distDir, ...options })
  return app
}

const get = (target: FastifyInstance, url: string, remoteAddress = '198.51.100.20') => target.inject({ method: 'GET', url, remoteAddress })
const fetchUrl = (url: string): string => `/api/fetch?url=${encodeURIComponent(url)}`

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-rate-dist-'))
  upstream = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'))
  upstream.on('connection', () => void (connections += 1))
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  feedUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/feed.xml`
})

afterEach(async () => {
  await app?.close()
  app = null
})

afterAll(async () => {
  await new Promise<void>((resolve) => upstream.close(() => resolve()))
  await rm(distDir, { recursive: true, force: true })
})

describe('rate limit on /api/fetch and /api/extract', () => {
  it('answers 429 rate_limited with Retry-After once a client has used its budget, across both routes', async () => {
    const limited = await server({ fetchRateLimit: { max: 2, timeWindowMs: 60_000 } })
    expect((await get(limited, fetchUrl('file:///etc/passwd'))).statusCode).toBe(400) // refused fetches count too
    expect((await get(limited, '/api/extract?url=nope')).statusCode).toBe(400)
    for (const url of [fetchUrl('https://example.com/feed.xml'), '/api/extract?url=https%3A%2F%2Fexample.com%2F']) {
      const response = await get(limited, url)
      expect(response.statusCode).toBe(429)
      expect(response.json()).toEqual({ error: 'rate_limited', message: 'Too many fetches: try again in 1 minute.' })
      expect(response.headers['retry-after']).toBe('60')
      expect(response.headers['content-type']).toMatch(/^application\/json/)
    }
  })

  it('counts each client apart, and leaves the rest of the server alone', async () => {
    const limited = await server({ fetchRateLimit: { max: 1 } })
    expect((await get(limited, fetchUrl('nope'))).statusCode).toBe(400)
    expect((await get(limited, fetchUrl('nope'))).statusCode).toBe(429)
    expect((await get(limited, fetchUrl('nope'), '2001:4860:4860::8888')).statusCode).toBe(400)
    for (let request = 0; request < 5; request += 1) expect((await get(limited, '/articles/missing.json')).statusCode).toBe(404)
  })

  it('turns a request away before it reaches upstream', async () => {
    const limited = await server({ fetchRateLimit: { max: 1 }, fetchProxy: { allowPrivateAddresses: true } })
    expect((await get(limited, fetchUrl(feedUrl))).statusCode).toBe(200)
    expect(connections).toBe(1)
    expect((await get(limited, fetchUrl(feedUrl))).statusCode).toBe(429)
    expect(connections).toBe(1)
  })

  it(`allows ${DEFAULT_FETCH_RATE_LIMIT.max} a minute by default`, async () => {
    expect(DEFAULT_FETCH_RATE_LIMIT).toEqual({ max: 60, timeWindowMs: 60_000 })
    const defaults = await server()
    const statuses = new Set<number>()
    for (let request = 0; request < 60; request += 1) statuses.add((await get(defaults, fetchUrl('nope'))).statusCode)
    expect([...statuses]).toEqual([400])
    expect((await get(defaults, fetchUrl('nope'))).statusCode).toBe(429)
  })
})
