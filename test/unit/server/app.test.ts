import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'
import { CONTENT_SECURITY_POLICY, TOPICS_WORKER_POLICY } from '../../../server/security-headers'

const INDEX_HTML = '<!doctype html><html><head><title>Folio test shell</title></head><body><div id="app"></div></body></html>'
const IMMUTABLE = 'public, max-age=31536000, immutable'

const feed = (contentText: string): string =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test samples',
    items: [
      { id: 'item-1', title: 'First', content_text: contentText },
      { id: 'item 2', content_text: 'An id with a space.' },
    ],
  })

let distDir: string
let app: FastifyInstance

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-dist-'))
  await mkdir(join(distDir, 'assets'))
  await mkdir(join(distDir, 'samples'))
  await writeFile(join(distDir, 'index.html'), INDEX_HTML)
  await writeFile(join(distDir, 'sw.js'), 'self.addEventListener("install", () => {})')
  await writeFile(join(distDir, 'manifest.webmanifest'), JSON.stringify({ name: 'Folio', start_url: '/' }))
  await writeFile(join(distDir, 'assets', 'index-AbCdEf12.js'), 'console.log("app")')
  await writeFile(join(distDir, 'assets', 'topics.worker-Xy12Ab34.js'), 'self.onmessage = () => {}')
  await writeFile(join(distDir, 'samples', 'feed.json'), feed('The first article.'))
  app = await buildServer({ distDir })
  await app.ready()
})

afterAll(async () => {
  await app.close()
  await rm(distDir, { recursive: true, force: true })
})

const get = (url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
  app.inject({ method: 'GET', url, headers })

describe('Content-Security-Policy', () => {
  it('is strict: self-only scripts, no plugins, no <base>, no framing', () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim())
    expect(directives).toContain("script-src 'self'")
    expect(directives).toContain("object-src 'none'")
    expect(directives).toContain("base-uri 'none'")
    expect(directives).toContain("frame-ancestors 'none'")
    const scriptSrc = directives.find((directive) => directive.startsWith('script-src'))
    expect(scriptSrc).toBeDefined()
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(scriptSrc).not.toContain('unsafe-eval')
  })

  it.each([
    ['a static file (200)', '/sw.js', {}, 200],
    ['the app shell (200)', '/', { accept: 'text/html' }, 200],
    ['an SPA fallback (200)', '/settings', { accept: 'text/html' }, 200],
    ['a missing file (404)', '/missing.txt', {}, 404],
    ['an unknown API (404)', '/api/unknown', { accept: 'text/html' }, 404],
    ['an API error (400)', '/api/fetch?url=file%3A%2F%2F%2Fetc%2Fpasswd', {}, 400],
    ['an unknown article (404)', '/articles/nope.json', {}, 404],
  ])('is sent on %s', async (_label, url, headers: Record<string, string>, status) => {
    const response = await get(url, headers)
    expect(response.statusCode).toBe(status)
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
  })

  it('lets only the topics worker compile WebAssembly, and still refuses eval and inline scripts there', async () => {
    const worker = await get('/assets/topics.worker-Xy12Ab34.js')
    expect(worker.statusCode).toBe(200)
    expect(worker.headers['content-security-policy']).toBe(TOPICS_WORKER_POLICY)
    const scriptSrc = TOPICS_WORKER_POLICY.split(';').map((part) => part.trim()).find((directive) => directive.startsWith('script-src'))
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'")
    expect(TOPICS_WORKER_POLICY.replace(scriptSrc!, "script-src 'self'")).toBe(CONTENT_SECURITY_POLICY)
    expect((await get('/assets/index-AbCdEf12.js')).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('static files', () => {
  it('serves hashed assets as immutable', async () => {
    const response = await get('/assets/index-AbCdEf12.js')
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe('console.log("app")')
    expect(response.headers['cache-control']).toBe(IMMUTABLE)
  })

  it.each(['/sw.js', '/index.html', '/samples/feed.json'])('makes %s revalidate', async (url) => {
    const response = await get(url)
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('serves the manifest with its media type and no-cache', async () => {
    const response = await get('/manifest.webmanifest')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/)
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('serves index.html at / with no-cache', async () => {
    const response = await get('/', { accept: 'text/html' })
    expect(response.body).toBe(INDEX_HTML)
    expect(response.headers['cache-control']).toBe('no-cache')
  })
})

describe('SPA fallback', () => {
  it.each(['/settings', '/article/abc', '/library?sort=new'])('answers %s with index.html when HTML is wanted', async (url) => {
    const response = await get(url, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(INDEX_HTML)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it.each(['/api/unknown', '/samples/missing.json', '/articles/nope', '/assets/gone-AbCdEf12.js'])(
    'never answers the data path %s with index.html',
    async (url) => {
      const response = await get(url, { accept: 'text/html' })
      expect(response.statusCode).toBe(404)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      expect(response.body).not.toContain('Folio test shell')
      expect(response.json()).toMatchObject({ error: 'not_found' })
    },
  )

  it('does not fall back when HTML is not wanted', async () => {
    const response = await get('/settings', { accept: 'application/json' })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ error: 'not_found' })
  })

  it('does not fall back for a POST', async () => {
    const response = await app.inject({ method: 'POST', url: '/settings', headers: { accept: 'text/html' } })
    expect(response.statusCode).toBe(404)
    expect(response.body).not.toContain('Folio test shell')
  })
})

describe('GET /articles/:id.json', () => {
  it('returns the sample item with a strong ETag and no-cache', async () => {
    const response = await get('/articles/item-1.json')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.json()).toEqual({ id: 'item-1', title: 'First', content_text: 'The first article.' })
    expect(response.headers['cache-control']).toBe('no-cache')
    const etag = response.headers.etag
    expect(typeof etag).toBe('string')
    expect(etag).toMatch(/^"[^"]+"$/) // strong: quoted, no W/ prefix
  })

  it('finds an id that needs percent-encoding', async () => {
    const response = await get('/articles/item%202.json')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ id: 'item 2' })
  })

  it('answers 304 with no body to a matching If-None-Match', async () => {
    const first = await get('/articles/item-1.json')
    const etag = String(first.headers.etag)
    const second = await get('/articles/item-1.json', { 'if-none-match': etag })
    expect(second.statusCode).toBe(304)
    expect(second.body).toBe('')
    expect(second.headers.etag).toBe(etag)
    expect(second.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 200 to a stale If-None-Match', async () => {
    const response = await get('/articles/item-1.json', { 'if-none-match': '"not-the-etag"' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ id: 'item-1' })
  })

  it('changes the ETag when the sample file changes', async () => {
    const before = await get('/articles/item-1.json')
    await writeFile(join(distDir, 'samples', 'feed.json'), feed('The first article, revised.'))
    const after = await get('/articles/item-1.json')
    expect(after.json()).toMatchObject({ content_text: 'The first article, revised.' })
    expect(after.headers.etag).toMatch(/^"[^"]+"$/)
    expect(after.headers.etag).not.toBe(before.headers.etag)
    const revalidated = await get('/articles/item-1.json', { 'if-none-match': String(before.headers.etag) })
    expect(revalidated.statusCode).toBe(200)
    await writeFile(join(distDir, 'samples', 'feed.json'), feed('The first article.'))
    expect((await get('/articles/item-1.json')).headers.etag).toBe(before.headers.etag)
  })

  it('answers 304 to an If-None-Match list or * that includes the ETag', async () => {
    const etag = String((await get('/articles/item-1.json')).headers.etag)
    expect((await get('/articles/item-1.json', { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304)
    expect((await get('/articles/item-1.json', { 'if-none-match': '*' })).statusCode).toBe(304)
  })

  it('still serves the other sample feeds when one file is broken', async () => {
    await writeFile(join(distDir, 'samples', 'aaa-broken.json'), '{ not json')
    expect((await get('/articles/item-1.json')).statusCode).toBe(200)
  })

  it.each(['/articles/unknown.json', '/articles/item-1', '/articles/item-1.txt'])('answers 404 JSON for %s', async (url) => {
    const response = await get(url)
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ error: 'not_found' })
  })
})
