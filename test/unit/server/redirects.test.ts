import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'
import type { FetchProxyOptions } from '../../../server/fetch-proxy'
import { MAX_REDIRECTS } from '../../../server/net/upstream-fetch'

const RSS = '<rss version="2.0"><channel><title>Moved</title></channel></rss>'

/** The site that redirects (127.0.0.1), and the one it points to that must stay unreached (127.0.0.2). */
let site: Server
let inside: Server
let siteUrl: string
let insidePort = 0
let paths: string[] = []
let insideConnections = 0
let distDir: string
let app: FastifyInstance | null = null

function answer(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://site')
  paths.push(url.pathname)
  response.shouldKeepAlive = false
  const hop = /^\/hop\/(\d+)$/.exec(url.pathname)
  const redirect = (location: string): void => void response.writeHead(Number(url.searchParams.get('status') ?? 302), { location }).end()
  if (hop) return Number(hop[1]) === 0 ? void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS) : redirect(`/hop/${Number(hop[1]) - 1}`)
  if (url.pathname === '/to') return redirect(url.searchParams.get('location') ?? '')
  if (url.pathname === '/slow') return void setTimeout(() => redirect('/slow'), 150)
  if (url.pathname === '/stall') return void response.writeHead(200, { 'content-type': 'application/rss+xml' }).write('<rss>')
  if (url.pathname === '/no-location') return void response.writeHead(302).end()
  response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS)
}

/** A server asking for `target`; the site is reachable and 127.0.0.2 is not, unless `options` say otherwise. */
async function fetchVia(target: string, options: Partial<FetchProxyOptions> = { allowPrivateAddresses: true }, route = '/api/fetch') {
  await app?.close()
  app = await buildServer({ distDir, fetchProxy: options })
  const response = await app.inject({ method: 'GET', url: `${route}?url=${encodeURIComponent(target)}` })
  return { status: response.statusCode, body: response.body, error: response.statusCode >= 400 ? response.json<{ error: string }>().error : null }
}

/** Only the redirecting site's address counts as public: the switch stays off, the policy is injected. */
const onlySite = (extra: Partial<FetchProxyOptions> = {}): Partial<FetchProxyOptions> => ({ isAllowedAddress: (address) => address === '127.0.0.1', ...extra })

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-redirect-dist-'))
  site = createServer(answer)
  inside = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS))
  inside.on('connection', () => void (insideConnections += 1))
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  await new Promise<void>((resolve) => inside.listen(0, '127.0.0.2', resolve))
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  insidePort = (inside.address() as AddressInfo).port
})

beforeEach(() => {
  paths = []
  insideConnections = 0
})

afterEach(async () => {
  await app?.close()
  app = null
  site.closeAllConnections()
})

afterAll(async () => {
  for (const server of [site, inside]) await new Promise<void>((resolve) => server.close(() => resolve()))
  await rm(distDir, { recursive: true, force: true })
})

describe('redirects, followed and re-checked', () => {
  it.each([301, 302, 303, 307, 308])('follows a %i with a relative Location, resolved against the current URL', async (status) => {
    const response = await fetchVia(`${siteUrl}/to?status=${status}&location=${encodeURIComponent('feeds/main.xml')}`)
    expect([response.status, response.body]).toEqual([200, RSS])
    expect(paths).toEqual(['/to', '/feeds/main.xml'])
  })

  it(`follows ${MAX_REDIRECTS} redirects and refuses the next one, in a sentence`, async () => {
    expect(MAX_REDIRECTS).toBe(5)
    expect(await fetchVia(`${siteUrl}/hop/5`)).toMatchObject({ status: 200, body: RSS })
    paths = []
    const refused = await fetchVia(`${siteUrl}/hop/6`)
    expect([refused.status, refused.error]).toEqual([502, 'too_many_redirects'])
    expect(JSON.parse(refused.body)).toEqual({ error: 'too_many_redirects', message: 'The site redirected more than 5 times.' })
    expect(paths).toEqual(['/hop/6', '/hop/5', '/hop/4', '/hop/3', '/hop/2', '/hop/1']) // the 6th Location is never asked for
  })

  it.each([
    ['file:///etc/passwd', 400, 'bad_scheme'],
    ['gopher://example.com/', 400, 'bad_scheme'],
    ['https://user:secret@example.com/', 400, 'credentials'],
    ['http://[::1', 400, 'bad_url'],
  ])('refuses a redirect to %s', async (location, status, error) => {
    expect(await fetchVia(`${siteUrl}/to?location=${encodeURIComponent(location)}`)).toMatchObject({ status, error })
  })

  it('refuses a 3xx without a Location as an upstream failure', async () => {
    expect(await fetchVia(`${siteUrl}/no-location`)).toMatchObject({ status: 502, error: 'upstream_status' })
  })

  it('keeps one time budget over all hops, and over a body that stalls', async () => {
    const started = Date.now()
    expect(await fetchVia(`${siteUrl}/slow`, { allowPrivateAddresses: true, timeoutMs: 400 })).toMatchObject({ status: 504, error: 'timeout' })
    expect(paths.length).toBeGreaterThan(1) // timed out across redirects, not on the first one
    expect(await fetchVia(`${siteUrl}/stall`, { allowPrivateAddresses: true, timeoutMs: 300 })).toMatchObject({ status: 504, error: 'timeout' })
    expect(Date.now() - started).toBeLessThan(3000)
  })
})

describe('redirects to private addresses, with the switch off', () => {
  it('reaches the site itself under the injected policy', async () => {
    expect(await fetchVia(`${siteUrl}/hop/1`, onlySite())).toMatchObject({ status: 200, body: RSS })
  })

  it.each(['/api/fetch', '/api/extract'])('%s refuses a redirect to a private literal, a name and a rebinding name: no connection', async (route) => {
    const resolve = (host: string): Promise<string[]> => {
      if (host === 'inside.test') return Promise.resolve(['127.0.0.2'])
      rebinds += 1 // rebind.test: the site's address for the early check, then the private one
      return Promise.resolve([rebinds === 1 ? '127.0.0.1' : '127.0.0.2'])
    }
    let rebinds = 0
    for (const location of [`http://127.0.0.2:${insidePort}/`, `http://inside.test:${insidePort}/`, `http://rebind.test:${insidePort}/`]) {
      const response = await fetchVia(`${siteUrl}/to?location=${encodeURIComponent(location)}`, onlySite({ resolve }), route)
      expect([location, response.status, response.error]).toEqual([location, 403, 'private_address'])
    }
    expect(rebinds).toBe(2)
    expect(insideConnections).toBe(0)
  })
})
