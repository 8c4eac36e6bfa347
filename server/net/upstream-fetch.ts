import { lookup } from 'node:dns/promises'
import type { FastifyReply } from 'fastify'
import { isPublicAddress } from './address-policy'

/** Limits for every fetch the server makes on a visitor's behalf (`/api/fetch`, `/api/extract`). */
export interface UpstreamOptions {
  /** Test-only: let the server reach loopback and private addresses. Off by default. */
  allowPrivateAddresses: boolean
  /** Largest body read, in bytes. */
  maxBytes: number
  /** Total time for one upstream fetch, headers and body, in milliseconds. */
  timeoutMs: number
}

export const DEFAULT_UPSTREAM_OPTIONS: Readonly<UpstreamOptions> = {
  allowPrivateAddresses: false,
  maxBytes: 5 * 1024 * 1024, // 5 MB
  timeoutMs: 15_000, // 15 s
}

/** A fetch the server will not make or pass on; `code` and `status` become the `{error}` answer. */
export class FetchRefused extends Error {
  constructor(
    /** Machine-readable reason, e.g. `private_address`, `too_large`. */
    readonly code: string,
    /** A sentence a person can read. */
    message: string,
    /** The HTTP status to answer with. */
    readonly status = 400,
  ) {
    super(message)
    this.name = 'FetchRefused'
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

function tooLarge(maxBytes: number): FetchRefused {
  return new FetchRefused('too_large', `The response is larger than ${maxBytes} bytes.`, 413)
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
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** What a caller asks of one upstream fetch. */
export interface UpstreamRequest {
  /** Headers sent upstream: Accept, and validators for a conditional request. */
  headers: Record<string, string>
  /** Content types accepted; any other is refused with 415 before the body is read. */
  allowedTypes: RegExp
  /** What the caller expected, for the 415 sentence: 'a feed or page' gives "Not a feed or page (image/png)." */
  expected: string
}

/** A successful (2xx) or not-modified (304, empty body) upstream answer. */
export interface UpstreamResponse {
  status: number
  /** The Content-Type header as sent, '' when missing. */
  type: string
  body: Uint8Array
  validators: { etag: string | null; 'last-modified': string | null }
}

/**
 * Fetches a checked URL: no redirects followed (until the hardening issue re-checks them), a total
 * time limit, a size cap, an allow list of content types; a 304 comes back with an empty body, any
 * other non-2xx is refused.
 */
export async function fetchUpstream(target: URL, options: UpstreamOptions, request: UpstreamRequest): Promise<UpstreamResponse> {
  const upstream = await fetch(target, { headers: request.headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) })
  const validators = { etag: upstream.headers.get('etag'), 'last-modified': upstream.headers.get('last-modified') }
  const type = upstream.headers.get('content-type') ?? ''
  const drop = async (error: FetchRefused): Promise<never> => {
    await upstream.body?.cancel().catch(() => undefined) // free the connection without reading what will not be used
    throw error
  }
  if (upstream.status === 304) return { status: 304, type, body: new Uint8Array(), validators }
  if (upstream.status >= 300 && upstream.status < 400) return drop(new FetchRefused('redirect', 'Redirects are not followed yet.', 502))
  if (!upstream.ok) return drop(new FetchRefused('upstream_status', `The site answered ${upstream.status}.`, 502))
  if (!request.allowedTypes.test(type)) return drop(new FetchRefused('content_type', `Not ${request.expected} (${type || 'no type'}).`, 415))
  if (Number(upstream.headers.get('content-length')) > options.maxBytes) return drop(tooLarge(options.maxBytes))
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
