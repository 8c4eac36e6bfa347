import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'
import type { FetchProxyOptions } from '../../../server/fetch-proxy'
import { UNTRUSTED_CONTENT_POLICY } from '../../../server/security-headers'

const ARTICLE = readFileSync(resolve(process.cwd(), 'test/fixtures/pages/article.html'))

/** The article site, on 127.0.0.1; `page` is what it answers for every path. */
let upstream: Server
let origin: string
let page: { type: string; body: Buffer | string }
let connections = 0
let distDir: string
let app: FastifyInstance | null = null

async function extract(target: string, options: Partial<FetchProxyOptions> = { allowPrivateAddresses: true }) {
  app = await buildServer({ distDir, fetchProxy: options })
  return app.inject({ method: 'GET', url: `/api/extract?url=${encodeURIComponent(target)}` })
}

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-extract-dist-'))
  upstream = createServer((_request: IncomingMessage, response: ServerResponse) => {
    response.shouldKeepAlive = false
    response.writeHead(200, { 'content-type': page.type }).end(page.body)
  })
  upstream.on('connection', () => void (connections += 1))
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

beforeEach(() => {
  connections = 0
  page = { type: 'text/html; charset=utf-8', body: ARTICLE }
})

afterEach(async () => {
  await app?.close()
  app = null
  upstream.closeAllConnections()
})

afterAll(async () => {
  await new Promise<void>((done) => upstream.close(() => done()))
  await rm(distDir, { recursive: true, force: true })
})

describe('/api/extract', () => {
  it('answers the article of a real-shaped page, and nothing around it', async () => {
    const response = await extract(`${origin}/2026/11/keeper/`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-security-policy']).toBe(UNTRUSTED_CONTENT_POLICY)
    expect(response.headers['cache-control']).toBe('no-cache')
    const article = response.json<Record<string, string>>()
    expect(article).toMatchObject({
      url: `${origin}/2026/11/keeper/`,
      title: 'The Last Lighthouse Keeper',
      byline: 'Ada Lantern',
      siteName: 'The Harbour Gazette',
      publishedTime: '2026-11-20T07:30:00Z',
      lang: 'en-GB',
    })
    expect(article.text).toContain('For forty years Tom Reyes climbed')
    expect(article.text).toContain('lit, as always, at sunset.')
    for (const chrome of ['Subscribe today', 'Most read', 'All rights reserved', 'Great story!', 'dataLayer']) {
      expect(article.html).not.toContain(chrome)
      expect(article.text).not.toContain(chrome)
    }
    // Relative image and link made absolute against the page.
    expect(article.html).toContain(`src="${origin}/2026/11/keeper/images/lamp.jpg"`)
    expect(article.html).toContain(`href="${origin}/history/north-point"`)
  })

  it('decodes a page declared as windows-1252 in a meta tag only', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9 news</title></head><body><article><h1>Caf\xe9 news</h1>' +
      '<p>\x93Cr\xe8me br\xfbl\xe9e\x94 is back on the menu, and the chef\x92s caf\xe9 is full again every evening this week.</p>'.repeat(4) +
      '</article></body></html>'
    page = { type: 'text/html', body: Buffer.from(html, 'latin1') }
    const article = (await extract(`${origin}/cafe`)).json<Record<string, string>>()
    expect(article.text).toContain('“Crème brûlée” is back on the menu, and the chef’s café is full')
  })

  it('refuses what is not a page, and a page with no article, in sentences', async () => {
    page = { type: 'application/rss+xml', body: '<rss/>' }
    const feed = await extract(`${origin}/feed`)
    expect([feed.statusCode, feed.json<{ error: string }>().error]).toEqual([415, 'content_type'])
    page = { type: 'text/html', body: '<html><body></body></html>' }
    const empty = await extract(`${origin}/empty`)
    expect(empty.statusCode).toBe(422)
    expect(empty.json()).toEqual({ error: 'not_readable', message: 'No article could be found on that page.' })
  })

  it('refuses private addresses with the test switch off, without connecting', async () => {
    const response = await extract(`${origin}/2026/11/keeper/`, {})
    expect([response.statusCode, response.json<{ error: string }>().error]).toEqual([403, 'private_address'])
    expect(connections).toBe(0)
  })

  it('refuses a page larger than the cap', async () => {
    const response = await extract(`${origin}/big`, { allowPrivateAddresses: true, maxBytes: 1000 })
    expect([response.statusCode, response.json<{ error: string }>().error]).toEqual([413, 'too_large'])
  })
})
