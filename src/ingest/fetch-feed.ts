import { IngestError } from './errors'
import { decodeText } from './formats/decode'

/** The validators of the copy we hold, for a conditional request. */
export interface Validators {
  etag: string | null
  lastModified: string | null
}

export type FetchedFeed =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag: string | null; lastModified: string | null; via: 'direct' | 'proxy' }

/**
 * What a feed request accepts. A cross-origin fetch sends it too, so it must stay a CORS-safelisted
 * header (at most 128 bytes): a longer one makes the browser send a preflight feed servers never
 * answer, and every CORS-enabled feed would silently go through the proxy. RDF feeds are
 * `application/rdf+xml` or plain XML; the wildcard takes them.
 */
const ACCEPT = 'application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'

/** The server's proxy, for feeds whose origin sends no CORS headers. */
export const proxiedUrl = (url: string): string => `/api/fetch?url=${encodeURIComponent(url)}`

function conditionalHeaders(validators: Validators | null): Record<string, string> {
  const headers: Record<string, string> = {}
  if (validators?.etag) headers['if-none-match'] = validators.etag
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified
  return headers
}

async function readBody(response: Response, via: 'direct' | 'proxy'): Promise<FetchedFeed> {
  if (response.status === 304) return { status: 'not-modified' }
  const bytes = new Uint8Array(await response.arrayBuffer())
  return {
    status: 'ok',
    text: decodeText(bytes, response.headers.get('content-type')),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    via,
  }
}

async function failure(response: Response | null, url: string): Promise<IngestError> {
  const body = response ? ((await response.json().catch(() => null)) as { message?: unknown } | null) : null
  if (body && typeof body.message === 'string') return new IngestError('fetch_failed', `Could not download ${url}: ${body.message}`)
  return new IngestError('fetch_failed', `Could not download ${url}${response ? ` (HTTP ${response.status})` : ''}.`)
}

/**
 * Downloads a feed. Same-origin feeds are fetched directly with conditional headers. Other origins
 * are tried directly (CORS) with the browser's cache revalidating for us (custom headers would
 * need a preflight most feeds refuse), and through `/api/fetch` when the browser may not read them.
 * `prefer` skips the direct attempt for a feed known to need the proxy.
 */
export async function fetchFeed(url: string, validators: Validators | null = null, prefer: 'direct' | 'proxy' = 'direct'): Promise<FetchedFeed> {
  const target = new URL(url, globalThis.location?.href)
  const sameOrigin = globalThis.location !== undefined && target.origin === globalThis.location.origin
  if (sameOrigin) {
    const response = await fetch(url, { headers: { accept: ACCEPT, ...conditionalHeaders(validators) } }).catch(() => null)
    if (response?.ok || response?.status === 304) return readBody(response, 'direct')
    throw await failure(response, url)
  }
  if (prefer === 'direct') {
    const response = await fetch(target, { mode: 'cors', cache: 'no-cache', headers: { accept: ACCEPT } }).catch(() => null)
    if (response?.ok) return readBody(response, 'direct')
  }
  const proxied = await fetch(proxiedUrl(target.href), { headers: { accept: ACCEPT, ...conditionalHeaders(validators) } }).catch(() => null)
  if (proxied?.ok || proxied?.status === 304) return readBody(proxied, 'proxy')
  throw await failure(proxied, url)
}

/** Downloads a same-origin feed's text, with a clear error when it cannot. */
export async function fetchFeedText(url: string): Promise<string> {
  const fetched = await fetchFeed(url)
  if (fetched.status !== 'ok') throw new IngestError('fetch_failed', `Could not download ${url}.`)
  return fetched.text
}
