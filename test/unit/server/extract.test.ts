import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'
import type { ExtractedPage } from '../../../src/ingest/extract-page'
import type { FetchProxyOptions } from '../../../server/fetch-proxy'
import { UNTRUSTED_CONTENT_POLICY } from '../../../server/security-headers'

const fixture = (name: string): Buffer => readFileSync(resolve(process.cwd(), 'test/fixtures/pages', name))
const ARTICLE = fixture('article.html')

/** Text with curly quotes, é, è and û, as windows-1252 bytes (0x93 0x94 0x92 are the quotes). */
const CAFE_1252 = '<p>\x93Cr\xe8me br\xfbl\xe9e\x94 is back on the menu, and the chef\x92s caf\xe9 is full again every evening this week.</p>'.repeat(4)
const CAFE_TEXT = '“Crème brûlée” is back on the menu, and the chef’s café is full'

/** The article site, on 127.0.0.1; `page` is what it answers for every path (`chunks`: streamed, no Content-Length). */
let upstream: Server
let origin: string
let page: { type: string; body: Buffer | string; status?: number; chunks?: number; redirectOnce?: boolean }
let paths: string[] = []
let connections = 0
let distDir: string
let app: FastifyInstance | null = null

/** A fresh server (closing the last one) asked for `target`'s article. */
async function extract(target: string, options: Partial<FetchProxyOptions> = { allowPrivateAddresses: true }) {
  await app?.close()
  app = await buildServer({ distDir, fetchProxy: options })
  return app.inject({ method: 'GET', url: `/api/extract?url=${encodeURIComponent(target)}` })
}

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-extract-dist-'))
  upstream = createServer((request: IncomingMessage, response: ServerResponse) => {
    paths.push(request.url ?? '')
    response.shouldKeepAlive = false
    if (page.status === 302 && !(page.redirectOnce && request.url === '/new/elsewhere')) return void response.writeHead(302, { location: '/new/elsewhere' }).end()
    response.writeHead(200, { 'content-type': page.type })
    for (let chunk = 1; chunk < (page.chunks ?? 1); chunk += 1) response.write(page.body)
    response.end(page.body)
  })
  upstream.on('connection', () => void (connections += 1))
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

beforeEach(() => {
  connections = 0
  paths = []
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
    const article = response.json<ExtractedPage>()
    expect(article).toMatchObject({
      url: `${origin}/2026/11/keeper/`,
      title: 'The Last Lighthouse Keeper',
      byline: 'Ada Lantern',
      siteName: 'The Harbour Gazette',
      publishedTime: '2026-11-20T07:30:00Z',
      lang: 'en-GB',
      excerpt: 'After forty years at North Point, Tom Reyes still climbs to the lamp room, now as a volunteer.',
    })
    expect(Object.keys(article).sort()).toEqual(['byline', 'excerpt', 'html', 'lang', 'publishedTime', 'siteName', 'text', 'title', 'url'])
    expect(article.text).toBe(article.text.trim())
    expect(article.text).toContain('For forty years Tom Reyes climbed')
    expect(article.text).toContain('lit, as always, at sunset.')
    for (const chrome of ['Subscribe today', 'Most read', 'All rights reserved', 'Great story!', 'dataLayer']) {
      expect(article.html).not.toContain(chrome)
      expect(article.text).not.toContain(chrome)
    }
    // Relative image and link made absolute against the page.
    expect(article.html).toContain(`src="${origin}/2026/11/keeper/images/lamp.jpg"`)
    expect(article.html).toContain(`href="${origin}/history/north-point"`)
    expect(article.html).not.toMatch(/<script|<nav|<footer|<aside/i)
    expect(article.html).toMatch(/^<div class="page" id="readability-page-1">/) // lowercase, as a browser serializes it
  })

  it('reads a minified page that leaves <html>, <head> and <body> implicit, with a <base> and a lazy image', async () => {
    page = { type: 'text/html; charset=utf-8', body: fixture('implied-tags.html') }
    const response = await extract(`${origin}/blog/2025/tides`)
    expect(response.statusCode).toBe(200)
    const article = response.json<ExtractedPage>()
    expect(article).toMatchObject({
      title: 'Tide tables, explained',
      byline: 'Iris Quay',
      siteName: 'Coastal Notes',
      publishedTime: '2025-03-04T09:00:00+01:00', // from JSON-LD
      lang: null,
    })
    expect(article.text).toContain('Always add a margin.')
    for (const chrome of ['Join the newsletter', 'Share this post', 'written on a boat']) expect(article.text).not.toContain(chrome)
    // Resolved against <base href=/blog/>, not the page; the lazy image's data-src became its src.
    expect(article.html).toContain(`src="${origin}/blog/img/spring-tide.png"`)
    expect(article.html).toContain(`srcset="${origin}/blog/img/spring-tide-480.png 480w, ${origin}/blog/img/spring-tide-960.png 960w"`)
    expect(article.html).toContain(`href="${origin}/blog/moon-and-tides"`)
  })

  it('accepts application/xhtml+xml', async () => {
    page = { type: 'application/xhtml+xml', body: ARTICLE }
    const response = await extract(`${origin}/2026/11/keeper/`)
    expect(response.statusCode).toBe(200)
    expect(response.json<{ title: string }>().title).toBe('The Last Lighthouse Keeper')
  })

  it('decodes a page declared as windows-1252 in a meta tag only', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9 news</title></head><body><article><h1>Caf\xe9 news</h1>' + CAFE_1252 + '</article></body></html>'
    page = { type: 'text/html', body: Buffer.from(html, 'latin1') }
    const article = (await extract(`${origin}/cafe`)).json<ExtractedPage>()
    expect(article.title).toBe('Café news')
    expect(article.text).toContain(CAFE_TEXT)
  })

  it('decodes by the Content-Type charset first, then an http-equiv meta', async () => {
    const body = (head: string) => Buffer.from(`<html><head>${head}<title>Caf\xe9</title></head><body><article>${CAFE_1252}</article></body></html>`, 'latin1')
    page = { type: 'text/html; charset=windows-1252', body: body('<meta charset="utf-8">') } // the header wins over the page
    expect((await extract(`${origin}/header`)).json<{ text: string }>().text).toContain(CAFE_TEXT)
    page = { type: 'text/html', body: body('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">') }
    expect((await extract(`${origin}/http-equiv`)).json<{ text: string }>().text).toContain(CAFE_TEXT)
  })

  it('refuses what is not a page, and a page with no article, in sentences', async () => {
    page = { type: 'application/rss+xml', body: '<rss/>' }
    const feed = await extract(`${origin}/feed`)
    expect(feed.statusCode).toBe(415)
    expect(feed.json()).toEqual({ error: 'content_type', message: 'Not a web page (application/rss+xml).' })
    for (const body of ['<html><body></body></html>', '', ' \n ', '<!doctype html><title>Nothing here</title><script>render()</script>']) {
      page = { type: 'text/html', body }
      const empty = await extract(`${origin}/empty`)
      expect(empty.statusCode).toBe(422)
      expect(empty.json()).toEqual({ error: 'not_readable', message: 'No article could be found on that page.' })
      expect(empty.headers['content-type']).toMatch(/^application\/json/)
    }
  })

  it('follows a redirect and reads the page against the URL it ended at', async () => {
    page = { ...page, status: 302 }
    const moved = await extract(`${origin}/moved`)
    expect(moved.statusCode).toBe(502) // /new/elsewhere redirects to itself: refused after 5
    expect(moved.json()).toMatchObject({ error: 'too_many_redirects' })
    expect(paths).toEqual(['/moved', ...Array<string>(5).fill('/new/elsewhere')])
    paths = []
    page = { type: 'text/html; charset=utf-8', body: ARTICLE, status: 302, redirectOnce: true }
    const response = await extract(`${origin}/moved`)
    expect(response.statusCode).toBe(200)
    expect(paths).toEqual(['/moved', '/new/elsewhere'])
    const article = response.json<ExtractedPage>()
    expect(article.url).toBe(`${origin}/new/elsewhere`)
    expect(article.html).toContain(`src="${origin}/new/images/lamp.jpg"`) // relative to where it ended, not /moved
  })

  it('refuses private addresses with the test switch off, without connecting', async () => {
    const response = await extract(`${origin}/2026/11/keeper/`, {})
    expect([response.statusCode, response.json<{ error: string }>().error]).toEqual([403, 'private_address'])
    expect(connections).toBe(0)
  })

  it('refuses a page larger than the cap, whether it says so in Content-Length or not', async () => {
    const response = await extract(`${origin}/big`, { allowPrivateAddresses: true, maxBytes: 1000 })
    expect([response.statusCode, response.json<{ error: string }>().error]).toEqual([413, 'too_large'])
    page = { type: 'text/html', body: 'x'.repeat(400), chunks: 3 } // chunked: 1200 bytes, counted as they arrive
    const streamed = await extract(`${origin}/big`, { allowPrivateAddresses: true, maxBytes: 1000 })
    expect([streamed.statusCode, streamed.json<{ error: string }>().error]).toEqual([413, 'too_large'])
  })
})
