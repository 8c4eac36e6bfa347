import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type LookupFunction } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request, type Agent } from 'undici'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'
import { isPublicAddress } from '../../../server/net/address-policy'
import type { Resolve, TargetGuard } from '../../../server/net/guard'
import { createPinnedAgent } from '../../../server/net/pinned-agent'
import { FetchRefused } from '../../../server/net/refusal'

let servers: Server[] = []
let port4 = 0
let port6 = 0
let connections = 0
let agent: Agent | null = null
let asked: string[] = []

/** A resolver that records what it was asked and answers from `answers` (one list per call, the last repeating). */
function scriptedResolve(...answers: string[][]): Resolve {
  return (host) => {
    asked.push(host)
    return Promise.resolve(answers[Math.min(asked.length, answers.length) - 1] ?? [])
  }
}

function pinned(guard: TargetGuard): Agent {
  agent = createPinnedAgent(guard, 2000)
  return agent
}

const refusal = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'connected',
    (error: unknown) => (error instanceof FetchRefused ? error.code : String(error)),
  )

beforeAll(async () => {
  for (const host of ['127.0.0.1', '::1']) {
    const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'))
    server.on('connection', () => void (connections += 1))
    await new Promise<void>((resolve) => server.listen(0, host, resolve))
    servers.push(server)
  }
  port4 = (servers[0]!.address() as AddressInfo).port
  port6 = (servers[1]!.address() as AddressInfo).port
})

beforeEach(() => {
  connections = 0
  asked = []
})

afterEach(async () => {
  await agent?.close()
  agent = null
})

afterAll(async () => {
  for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()))
  servers = []
})

describe('createPinnedAgent', () => {
  it('connects a name to the very address it checked', async () => {
    const dispatcher = pinned({ isAllowed: (address) => address === '127.0.0.1', resolve: scriptedResolve(['127.0.0.1']) })
    const response = await request(`http://site.test:${port4}/`, { dispatcher })
    expect([response.statusCode, await response.body.text()]).toEqual([200, '<rss/>'])
    expect([asked, connections]).toEqual([['site.test'], 1])
  })

  it('refuses a name that resolves to loopback before any socket opens, with no early check in front', async () => {
    const dispatcher = pinned({ isAllowed: isPublicAddress, resolve: scriptedResolve(['127.0.0.1']) })
    expect(await refusal(request(`http://site.test:${port4}/`, { dispatcher }))).toBe('private_address')
    expect(await refusal(request(`http://any.test:${port4}/`, { dispatcher: pinned({ isAllowed: isPublicAddress, resolve: scriptedResolve(['93.184.215.14', '127.0.0.1']) }) }))).toBe('private_address')
    expect(connections).toBe(0)
  })

  it('judges IP literals itself, since net.connect never asks a lookup about them', async () => {
    let lookups = 0
    const spy: LookupFunction = (_hostname, _options, callback) => void (lookups += 1, callback(new Error('not asked'), ''))
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: port4, lookup: spy })
      socket.on('connect', () => resolve(void socket.destroy())).on('error', reject)
    })
    expect([lookups, connections]).toEqual([0, 1]) // the Node behaviour the connector guards against
    connections = 0
    const dispatcher = pinned({ isAllowed: isPublicAddress, resolve: scriptedResolve() })
    for (const target of [`http://127.0.0.1:${port4}/`, `http://[::ffff:127.0.0.1]:${port4}/`, `http://[::1]:${port6}/`, `https://127.0.0.1:${port4}/`]) {
      expect(await refusal(request(target, { dispatcher }))).toBe('private_address')
    }
    expect([asked, connections]).toEqual([[], 0])
  })
})

describe('DNS rebinding through /api/fetch and /api/extract', () => {
  it('checks a public answer, then refuses the loopback answer the connection gets: no connection', async () => {
    const distDir = await mkdtemp(join(tmpdir(), 'folio-rebind-dist-'))
    try {
      for (const route of ['/api/fetch', '/api/extract']) {
        asked = []
        const app = await buildServer({ distDir, fetchProxy: { resolve: scriptedResolve(['93.184.215.14'], ['127.0.0.1']) } })
        const response = await app.inject({ method: 'GET', url: `${route}?url=${encodeURIComponent(`http://rebind.test:${port4}/feed.xml`)}` })
        await app.close()
        expect([response.statusCode, response.json<{ error: string }>().error]).toEqual([403, 'private_address'])
        expect(asked).toEqual(['rebind.test', 'rebind.test']) // once for the early check, once for the connection
      }
      expect(connections).toBe(0)
    } finally {
      await rm(distDir, { recursive: true, force: true })
    }
  })
})
