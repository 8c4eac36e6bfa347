import type { Readable } from 'node:stream'
import { request, type Agent, type Dispatcher } from 'undici'
import { isPublicAddress } from './address-policy'
import { checkTarget, resolveWithDns, type AddressPolicy, type Resolve, type TargetGuard } from './guard'
import { createPinnedAgent } from './pinned-agent'
import { FetchRefused, tooLarge } from './refusal'

/** Redirects followed per fetch, each one re-checked like the first URL; the next one is refused. */
export const MAX_REDIRECTS = 5

/** Limits for every fetch the server makes on a visitor's behalf (`/api/fetch`, `/api/extract`). */
export interface UpstreamOptions {
  /** Test-only: let the server reach loopback and private addresses. Off by default. */
  allowPrivateAddresses: boolean
  /** Largest body read, in bytes. */
  maxBytes: number
  /** Total time for one upstream fetch, every redirect, headers and bodies, in milliseconds. */
  timeoutMs: number
  /** Test-only: the resolver (DNS by default), so tests can map names to addresses or rebind them. */
  resolve?: Resolve
  /** Test-only: which addresses may be reached; `isPublicAddress` by default, any with `allowPrivateAddresses`. */
  isAllowedAddress?: AddressPolicy
}

export const DEFAULT_UPSTREAM_OPTIONS: Readonly<UpstreamOptions> = {
  allowPrivateAddresses: false,
  maxBytes: 5 * 1024 * 1024, // 5 MB
  timeoutMs: 15_000, // 15 s
}

/** What a caller asks of one upstream fetch. */
export interface UpstreamRequest {
  /** Headers sent upstream (to every hop): Accept, and validators for a conditional request. */
  headers: Record<string, string>
  /** Content types accepted; any other is refused with 415 before the body is read. */
  allowedTypes: RegExp
  /** What the caller expected, for the 415 sentence: 'a feed or page' gives "Not a feed or page (image/png)." */
  expected: string
}

/** A successful (2xx) or not-modified (304, empty body) upstream answer. */
export interface UpstreamResponse {
  /** Where the answer came from, after redirects. */
  url: URL
  status: number
  /** The Content-Type header as sent, '' when missing. */
  type: string
  body: Uint8Array
  validators: { etag: string | null; 'last-modified': string | null }
}

/** The guard an options object describes: who may be reached, and how names are resolved. */
export function guardFor(options: UpstreamOptions): TargetGuard {
  const isAllowed = options.allowPrivateAddresses ? () => true : (options.isAllowedAddress ?? isPublicAddress)
  return { isAllowed, resolve: options.resolve ?? resolveWithDns }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** Some sites refuse requests that name no client at all. */
const USER_AGENT = 'Folio/0.1 (feed reader)'

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const value = headers[name]
  return (Array.isArray(value) ? value[0] : value) ?? null
}

/** Drops a body unread, closing its connection; undici then errors the stream, which nobody awaits. */
function discard(body: Readable): void {
  body.on('error', () => undefined).destroy()
}

async function readCapped(body: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  // Counted as it arrives: Content-Length may be missing (chunked) or a lie.
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > maxBytes) throw tooLarge(maxBytes) // leaving the loop destroys the stream
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Rejects with the signal's reason once it aborts: DNS lookups cannot be cancelled, only outwaited. */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error) // AbortSignal.timeout's reason: a TimeoutError DOMException
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * Fetches for visitors, safely: only http(s) without credentials, only to addresses the guard
 * allows (checked early for a clear message, and again by the pinned connector at connect time),
 * at most `MAX_REDIRECTS` redirects each re-checked, one time limit over all of it, a size cap and
 * an allow list of content types. One instance per server: it owns a connection pool.
 */
export class UpstreamFetcher {
  readonly #guard: TargetGuard
  readonly #agent: Agent

  constructor(readonly options: UpstreamOptions) {
    this.#guard = guardFor(options)
    this.#agent = createPinnedAgent(this.#guard, options.timeoutMs)
  }

  /** Fetches `raw`; a 304 comes back with an empty body, any other non-2xx is refused. */
  async fetch(raw: string, upstream: UpstreamRequest): Promise<UpstreamResponse> {
    const signal = AbortSignal.timeout(this.options.timeoutMs)
    let url = await beforeDeadline(checkTarget(raw, this.#guard), signal)
    for (let redirects = 0; ; redirects += 1) {
      const response = await request(url, { dispatcher: this.#agent, headers: { 'user-agent': USER_AGENT, ...upstream.headers }, signal, maxRedirections: 0 })
      const location = REDIRECTS.has(response.statusCode) ? header(response.headers, 'location') : null
      if (location === null) return this.#accept(url, response, upstream)
      discard(response.body) // a redirect's body is never read
      if (redirects === MAX_REDIRECTS) throw new FetchRefused('too_many_redirects', `The site redirected more than ${MAX_REDIRECTS} times.`, 502)
      url = await beforeDeadline(checkTarget(location, this.#guard, url), signal)
    }
  }

  /** Closes pooled connections (the server's onClose). */
  close(): Promise<void> {
    return this.#agent.close()
  }

  async #accept(url: URL, response: Dispatcher.ResponseData, upstream: UpstreamRequest): Promise<UpstreamResponse> {
    const { statusCode: status, headers, body } = response
    const validators = { etag: header(headers, 'etag'), 'last-modified': header(headers, 'last-modified') }
    const type = header(headers, 'content-type') ?? ''
    const drop = (error?: FetchRefused): never | UpstreamResponse => {
      discard(body) // what will not be used is not read
      if (error) throw error
      return { url, status, type, body: new Uint8Array(), validators }
    }
    if (status === 304) return drop()
    if (status < 200 || status > 299) return drop(new FetchRefused('upstream_status', `The site answered ${status}.`, 502))
    if (!upstream.allowedTypes.test(type)) return drop(new FetchRefused('content_type', `Not ${upstream.expected} (${type || 'no type'}).`, 415))
    if (Number(header(headers, 'content-length')) > this.options.maxBytes) return drop(tooLarge(this.options.maxBytes))
    return { url, status, type, body: await readCapped(body, this.options.maxBytes), validators }
  }
}
