import { lookup } from 'node:dns/promises'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { isPublicAddress } from './net/address-policy'
import { UNTRUSTED_CONTENT_POLICY } from './security-headers'

export interface FetchProxyOptions {
  /** Test-only: let the proxy reach loopback and private addresses. Off by default. */
  allowPrivateAddresses: boolean
  /** Largest body passed through, in bytes. */
  maxBytes: number
  /** Total time for one upstream fetch, in milliseconds. */
  timeoutMs: number
}

export const DEFAULT_FETCH_PROXY_OPTIONS: Readonly<FetchProxyOptions> = {
  allowPrivateAddresses: false,
  maxBytes: 5 * 1024 * 1024, // 5 MB
  timeoutMs: 15_000, // 15 s
}

const ALLOWED_TYPES = /^(application\/(rss|atom|feed|rdf|xml|json|opml|x-opml)(\+xml|\+json)?|text\/(xml|html|plain|x-opml))\b/i

export class FetchRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}

/** Checks scheme, credentials and the resolved addresses of `raw`; returns the parsed URL. */
export async function checkTarget(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new FetchRefused('bad_url', 'That is not a valid URL.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefused('bad_scheme', 'Only http and https URLs can be fetched.')
  }
  if (url.username || url.password) throw new FetchRefused('credentials', 'URLs with credentials are refused.')
  if (allowPrivate) return url
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const addresses = await lookup(host, { all: true, verbatim: true }).catch(() => {
    throw new FetchRefused('dns', `Could not resolve ${host}.`, 502)
  })
  if (addresses.length === 0 || addresses.some(({ address }) => !isPublicAddress(address))) {
    throw new FetchRefused('private_address', 'That address is not on the public internet.', 403)
  }
  return url
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new FetchRefused('too_large', `The response is larger than ${maxBytes} bytes.`, 413)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

export interface UpstreamResponse {
  status: number
  type: string
  body: Uint8Array
  validators: { etag: string | null; 'last-modified': string | null }
}

/**
 * Fetches a checked URL: no redirects followed (until the hardening issue re-checks them), a total
 * time limit, a size cap; a 304 comes back with an empty body, any other non-2xx is refused.
 */
export async function fetchUpstream(target: URL, options: FetchProxyOptions, headers: Record<string, string>): Promise<UpstreamResponse> {
  const upstream = await fetch(target, { headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) })
  const validators = { etag: upstream.headers.get('etag'), 'last-modified': upstream.headers.get('last-modified') }
  const type = upstream.headers.get('content-type') ?? ''
  if (upstream.status === 304) return { status: 304, type, body: new Uint8Array(), validators }
  if (upstream.status >= 300 && upstream.status < 400) throw new FetchRefused('redirect', 'Redirects are not followed yet.', 502)
  if (!upstream.ok) throw new FetchRefused('upstream_status', `The site answered ${upstream.status}.`, 502)
  if (!ALLOWED_TYPES.test(type)) throw new FetchRefused('content_type', `Not a feed or page (${type || 'no type'}).`, 415)
  return { status: upstream.status, type, body: await readCapped(upstream, options.maxBytes), validators }
}

/** Answers a refused or failed upstream fetch as `{error, message}` with a fitting status. */
export function refuse(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof FetchRefused) return reply.code(error.status).send({ error: error.code, message: error.message })
  const timedOut = error instanceof Error && error.name === 'TimeoutError'
  return reply
    .code(timedOut ? 504 : 502)
    .send({ error: timedOut ? 'timeout' : 'upstream', message: timedOut ? 'The site took too long.' : 'The site could not be reached.' })
}

/**
 * `GET /api/fetch?url=`: fetches a feed for the app when the feed's origin sends no CORS headers.
 * Conditional requests pass through (If-None-Match, If-Modified-Since). Redirect re-checks and
 * connection pinning arrive with the hardening issue; until then redirects are refused.
 */
export function registerFetchProxy(app: FastifyInstance, options: FetchProxyOptions): void {
  app.get<{ Querystring: { url?: string } }>('/api/fetch', async (request, reply) => {
    try {
      const target = await checkTarget(request.query.url ?? '', options.allowPrivateAddresses)
      const headers: Record<string, string> = { accept: 'application/feed+json, application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.5' }
      for (const name of ['if-none-match', 'if-modified-since'] as const) {
        const value = request.headers[name]
        if (typeof value === 'string') headers[name] = value
      }
      const upstream = await fetchUpstream(target, options, headers)
      if (upstream.status === 304) return reply.code(304).send()
      for (const [name, value] of Object.entries(upstream.validators)) if (value) reply.header(name, value)
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Content-Security-Policy', UNTRUSTED_CONTENT_POLICY)
        .header('Content-Disposition', 'attachment')
        .type(upstream.type)
        .send(upstream.body)
    } catch (error) {
      return refuse(reply, error)
    }
  })
}
