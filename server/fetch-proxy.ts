import type { FastifyInstance } from 'fastify'
import { checkTarget, fetchUpstream, refuse, type UpstreamOptions } from './net/upstream-fetch'
import { UNTRUSTED_CONTENT_POLICY } from './security-headers'

/** The proxy's options are the upstream fetch's; `/api/extract` takes the same object. */
export type FetchProxyOptions = UpstreamOptions

/** Feeds, OPML and pages (a page may name its feed); anything else is refused with 415. */
const FEED_TYPES = /^(application\/(rss|atom|feed|rdf|xml|json|opml|x-opml)(\+xml|\+json)?|text\/(xml|html|plain|x-opml))\b/i

const FEED_ACCEPT = 'application/feed+json, application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.5'

/**
 * `GET /api/fetch?url=`: fetches a feed for the app when the feed's origin sends no CORS headers.
 * Conditional requests pass through (If-None-Match, If-Modified-Since). Redirect re-checks and
 * connection pinning arrive with the hardening issue; until then redirects are refused.
 */
export function registerFetchProxy(app: FastifyInstance, options: FetchProxyOptions): void {
  app.get<{ Querystring: { url?: string } }>('/api/fetch', async (request, reply) => {
    try {
      const target = await checkTarget(request.query.url ?? '', options.allowPrivateAddresses)
      const headers: Record<string, string> = { accept: FEED_ACCEPT }
      for (const name of ['if-none-match', 'if-modified-since'] as const) {
        const value = request.headers[name]
        if (typeof value === 'string') headers[name] = value
      }
      const upstream = await fetchUpstream(target, options, { headers, allowedTypes: FEED_TYPES, expected: 'a feed or page' })
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
