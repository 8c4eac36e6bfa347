import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'
import { resolveWithDns, type Resolve } from '../../../server/net/guard'
import { DEFAULT_UPSTREAM_OPTIONS } from '../../../server/net/upstream-fetch'

/** Plain servers on loopback that count every connection reaching them (and answer a feed). */
interface Counted {
  server: Server
  port: number
  connections: number
}

async function countingServer(host: string): Promise<Counted> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'))
  const counted: Counted = { server, port: 0, connections: 0 }
  server.on('connection', () => void (counted.connections += 1))
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  counted.port = (server.address() as AddressInfo).port
  return counted
}

/** Names a resolver could answer with what the server must not reach; anything else goes to real DNS. */
const FAKE_DNS: Record<string, string[]> = {
  'loopback.test': ['127.0.0.1'],
  'v6-loopback.test': ['::1'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'nat64.test': ['64:ff9b::7f00:1'],
  'metadata.test': ['169.254.169.254'],
  'mixed.test': ['93.184.215.14', '127.0.0.1'], // one bad address among good ones is enough
}
const fakeResolve: Resolve = async (host) => FAKE_DNS[host] ?? resolveWithDns(host)

type Code = 'private_address' | 'bad_scheme' | 'credentials' | 'bad_url'
const STATUS: Record<Code, number> = { private_address: 403, bad_scheme: 400, credentials: 400, bad_url: 400 }

/** `p`: the IPv4 loopback server's port, `q`: the IPv6 one's; every loopback spelling aims at a live server. */
const HOSTILE: Array<[string, (p: number, q: number) => string, Code]> = [
  // IPv4 loopback, every spelling WHATWG URL parsing turns into 127.0.0.1
  ['dotted', (p) => `http://127.0.0.1:${p}/`, 'private_address'],
  ['decimal', (p) => `http://2130706433:${p}/`, 'private_address'],
  ['hex', (p) => `http://0x7f000001:${p}/`, 'private_address'],
  ['hex, upper case', (p) => `http://0X7F000001:${p}/`, 'private_address'],
  ['dotted hex', (p) => `http://0x7f.0x0.0x0.0x1:${p}/`, 'private_address'],
  ['short hex', (p) => `http://0x7f.1:${p}/`, 'private_address'],
  ['octal', (p) => `http://017700000001:${p}/`, 'private_address'],
  ['dotted octal', (p) => `http://0177.0.0.01:${p}/`, 'private_address'],
  ['short octal', (p) => `http://0177.1:${p}/`, 'private_address'],
  ['short, two parts', (p) => `http://127.1:${p}/`, 'private_address'],
  ['short, three parts', (p) => `http://127.0.1:${p}/`, 'private_address'],
  ['zero-padded', (p) => `http://127.000.000.001:${p}/`, 'private_address'],
  ['trailing dot', (p) => `http://127.0.0.1.:${p}/`, 'private_address'],
  ['percent-encoded', (p) => `http://%31%32%37.0.0.1:${p}/`, 'private_address'],
  ['full-width digits', (p) => `http://１２７.０.０.１:${p}/`, 'private_address'],
  ['top of 127/8', (p) => `http://127.255.255.254:${p}/`, 'private_address'],
  ['unspecified (Linux connects it to loopback)', (p) => `http://0.0.0.0:${p}/`, 'private_address'],
  ['unspecified, one number', (p) => `http://0:${p}/`, 'private_address'],
  // IPv6 loopback and IPv4 inside IPv6
  ['IPv6 loopback', (_p, q) => `http://[::1]:${q}/`, 'private_address'],
  ['IPv6 loopback, uncompressed', (_p, q) => `http://[0:0:0:0:0:0:0:1]:${q}/`, 'private_address'],
  ['IPv6 unspecified', (_p, q) => `http://[::]:${q}/`, 'private_address'],
  ['IPv4-mapped, dotted', (p) => `http://[::ffff:127.0.0.1]:${p}/`, 'private_address'],
  ['IPv4-mapped, hex', (p) => `http://[::ffff:7f00:1]:${p}/`, 'private_address'],
  ['IPv4-mapped, uncompressed', (p) => `http://[0:0:0:0:0:ffff:127.0.0.1]:${p}/`, 'private_address'],
  ['IPv4-compatible', (p) => `http://[::127.0.0.1]:${p}/`, 'private_address'],
  ['IPv4-translated', (p) => `http://[::ffff:0:7f00:1]:${p}/`, 'private_address'],
  ['NAT64 loopback', (p) => `http://[64:ff9b::127.0.0.1]:${p}/`, 'private_address'],
  ['NAT64 10/8', () => 'http://[64:ff9b::a00:1]/', 'private_address'],
  ['6to4 loopback', (p) => `http://[2002:7f00:1::1]:${p}/`, 'private_address'],
  ['6to4 metadata', () => 'http://[2002:a9fe:a9fe::1]/', 'private_address'],
  ['Teredo', () => 'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'private_address'],
  ['IPv4-mapped metadata, hex', () => 'http://[::ffff:a9fe:a9fe]/', 'private_address'],
  // IPv4 private, link-local, CGNAT, multicast, reserved, documentation
  ['10/8', () => 'http://10.0.0.1/', 'private_address'],
  ['172.16/12', () => 'http://172.31.255.254/', 'private_address'],
  ['192.168/16', () => 'http://192.168.1.1/', 'private_address'],
  ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/', 'private_address'],
  ['CGNAT', () => 'http://100.64.0.1/', 'private_address'],
  ['IETF protocol assignments', () => 'http://192.0.0.8/', 'private_address'],
  ['TEST-NET-1', () => 'http://192.0.2.1/', 'private_address'],
  ['benchmarking', () => 'http://198.18.0.1/', 'private_address'],
  ['TEST-NET-2', () => 'http://198.51.100.7/', 'private_address'],
  ['TEST-NET-3', () => 'http://203.0.113.9/', 'private_address'],
  ['multicast', () => 'http://224.0.0.1/', 'private_address'],
  ['multicast, SSDP', () => 'http://239.255.255.250:1900/', 'private_address'],
  ['reserved 240/4', () => 'http://240.0.0.1/', 'private_address'],
  ['broadcast', () => 'http://255.255.255.255/', 'private_address'],
  // IPv6 local, multicast, reserved, documentation
  ['ULA fc00::/7', () => 'http://[fc00::1]/', 'private_address'],
  ['ULA fd00::/8', () => 'http://[fd12:3456::1]/', 'private_address'],
  ['link-local', () => 'http://[fe80::1]/', 'private_address'],
  ['site-local', () => 'http://[fec0::1]/', 'private_address'],
  ['multicast ff02::1', () => 'http://[ff02::1]/', 'private_address'],
  ['documentation 2001:db8::/32', () => 'http://[2001:db8::1]/', 'private_address'],
  ['documentation 3fff::/20', () => 'http://[3fff::1]/', 'private_address'],
  ['discard-only 100::/64', () => 'http://[100::1]/', 'private_address'],
  // Names that resolve to what must not be reached
  ['localhost (system resolver)', (p) => `http://localhost:${p}/`, 'private_address'],
  ['LOCALHOST', (p) => `http://LOCALHOST:${p}/`, 'private_address'],
  ['name → 127.0.0.1', (p) => `http://loopback.test:${p}/`, 'private_address'],
  ['name → ::1', (_p, q) => `http://v6-loopback.test:${q}/`, 'private_address'],
  ['name → IPv4-mapped loopback', (p) => `http://mapped.test:${p}/`, 'private_address'],
  ['name → NAT64 loopback', (p) => `http://nat64.test:${p}/`, 'private_address'],
  ['name → metadata', () => 'http://metadata.test/', 'private_address'],
  ['name → public and loopback', (p) => `http://mixed.test:${p}/`, 'private_address'],
  // Schemes and credentials
  ['file', () => 'file:///etc/passwd', 'bad_scheme'],
  ['ftp', () => 'ftp://127.0.0.1/', 'bad_scheme'],
  ['gopher', (p) => `gopher://127.0.0.1:${p}/_GET`, 'bad_scheme'],
  ['ws', (p) => `ws://127.0.0.1:${p}/`, 'bad_scheme'],
  ['data', () => 'data:text/html,<h1>hi</h1>', 'bad_scheme'],
  ['javascript', () => 'javascript:alert(1)', 'bad_scheme'],
  ['credentials, public host', () => 'https://user:secret@example.com/feed.xml', 'credentials'],
  ['credentials, loopback', (p) => `http://user@127.0.0.1:${p}/`, 'credentials'],
  ['unclosed IPv6 bracket', () => 'http://[::1/', 'bad_url'],
  ['no host', () => 'http://', 'bad_url'],
  ['out-of-range IPv4', () => 'http://256.0.0.1/', 'bad_url'],
]

let v4: Counted
let v6: Counted
let distDir: string
let app: FastifyInstance

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-hostile-dist-'))
  ;[v4, v6] = await Promise.all([countingServer('127.0.0.1'), countingServer('::1')])
  app = await buildServer({ distDir, fetchProxy: { resolve: fakeResolve }, fetchRateLimit: { max: 10_000 } })
})

afterAll(async () => {
  await app.close()
  for (const { server } of [v4, v6]) await new Promise<void>((resolve) => server.close(() => resolve()))
  await rm(distDir, { recursive: true, force: true })
})

describe('hostile URLs, with allowPrivateAddresses off (the default)', () => {
  it('is off by default, beside the 5 MB and 15 s limits', () => {
    expect(DEFAULT_UPSTREAM_OPTIONS).toEqual({ allowPrivateAddresses: false, maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000 })
  })

  it(`refuses all ${HOSTILE.length} through /api/fetch and /api/extract, and not one connection reaches loopback`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40)
    const wrong: string[] = []
    const produced: Record<string, number> = {}
    for (const [label, target, code] of HOSTILE) {
      for (const route of ['/api/fetch', '/api/extract']) {
        const response = await app.inject({ method: 'GET', url: `${route}?url=${encodeURIComponent(target(v4.port, v6.port))}` })
        const error = response.json<{ error?: string }>().error ?? 'none'
        produced[error] = (produced[error] ?? 0) + 1
        if (response.statusCode !== STATUS[code] || error !== code) wrong.push(`${route} ${label}: ${response.statusCode} ${error}`)
      }
    }
    expect(wrong).toEqual([])
    expect(produced).toEqual({ private_address: 2 * 62, bad_scheme: 2 * 6, credentials: 2 * 2, bad_url: 2 * 3 })
    expect([v4.connections, v6.connections]).toEqual([0, 0])
  })

  it('counts connections for real: the same server is reached once the test switch is on', async () => {
    const open = await buildServer({ distDir, fetchProxy: { allowPrivateAddresses: true } })
    try {
      for (const counted of [v4, v6]) {
        const host = counted === v4 ? '127.0.0.1' : '[::1]'
        const response = await open.inject({ method: 'GET', url: `/api/fetch?url=${encodeURIComponent(`http://${host}:${counted.port}/feed.xml`)}` })
        expect(response.statusCode).toBe(200)
        expect(counted.connections).toBeGreaterThan(0)
      }
    } finally {
      await open.close()
    }
  })
})
