import type { FastifyInstance } from 'fastify'
import { refuse } from './net/refusal'
import type { UpstreamFetcher, UpstreamOptions } from './net/upstream-fetch'
import { UNTRUSTED_CONTENT_POLICY } from './security-headers'

/** The proxy's options are the upstream fetch's; `/api/extract` takes the same object. */
export type FetchProxyOptions = UpstreamOptions

/** Feeds, OPML and pages (a page may name its feed); anything else is refused with 415. */
const FEED_TYPES = /^(application\/(rss|atom|feed|rdf|xml|json|opml|x-opml)(\+xml|\+json)?|text\/(xml|html|plain|x-opml))\b/i

const FEED_ACCEPT = 'application/feed+json, application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.5'

/**
 * `GET /api/fetch?url=`: fetches a feed for the app when the feed's origin sends no CORS headers.
 * Conditional requests pass through (If-None-Match, If-Modified-Since). Where it may connect, and
 * how far it follows redirects, is `upstream`'s business (server/net/upstream-fetch.ts).
 */
export function registerFetchProxy(app: FastifyInstance, upstream: UpstreamFetcher): void {
  app.get<{ Querystring: { url?: string } }>('/api/fetch', async (request, reply) => {
    try {
      const headers: Record<string, string> = { accept: FEED_ACCEPT }
      for (const name of ['if-none-match', 'if-modified-since'] as const) {
        const value = request.headers[name]
        if (typeof value === 'string') headers[name] = value
      }
      const answer = await upstream.fetch(request.query.url ?? '', { headers, allowedTypes: FEED_TYPES, expected: 'a feed or page' })
      if (answer.status === 304) return reply.code(304).send()
      for (const [name, value] of Object.entries(answer.validators)) if (value) reply.header(name, value)
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Content-Security-Policy', UNTRUSTED_CONTENT_POLICY)
        .header('Content-Disposition', 'attachment')
        .type(answer.type)
        .send(answer.body)
    } catch (error) {
      return refuse(reply, error)
    }
  })
}
