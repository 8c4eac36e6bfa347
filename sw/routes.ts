import { BroadcastUpdatePlugin } from 'workbox-broadcast-update'
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import type { WorkboxPlugin } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies'
import { cacheNames } from './cache-names'

declare const self: ServiceWorkerGlobalScope

const DAY = 24 * 60 * 60

/** Seconds NetworkFirst waits for the network before it answers from the cache. */
export const FEED_NETWORK_TIMEOUT_SECONDS = 3

const sameOrigin = (url: URL): boolean => url.origin === self.location.origin

const isFeedPath = (url: URL): boolean => url.pathname.startsWith('/samples/') || url.pathname === '/api/fetch'

const isArticleDocumentPath = (url: URL): boolean =>
  url.pathname === '/api/extract' || /^\/articles\/[^/]+\.json$/.test(url.pathname)

const isMedia = (request: Request): boolean => request.destination === 'image' || request.destination === 'font'

/**
 * NetworkFirst falls back to the cache only when the fetch throws; a server error (the proxy's
 * 502 or 504 when a feed's site is down) is turned into a throw so the cached feed is served.
 */
const serverErrorsAreFailures: WorkboxPlugin = {
  fetchDidSucceed: ({ response }) => {
    if (response.status >= 500) return Promise.reject(new Error(`server answered ${response.status}`))
    return Promise.resolve(response)
  },
}

/** Registers the three runtime strategies of the routing table in DESIGN.md. */
export function registerRuntimeRoutes(): void {
  // Images and fonts never change once published, so the cache answers first.
  registerRoute(
    ({ request, url }) => isMedia(request) && sameOrigin(url),
    new CacheFirst({
      cacheName: cacheNames.media,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }), // 60 days max
      ],
    }),
  )

  // Article images are mostly cross-origin without CORS, so their responses are opaque (status 0)
  // and we cannot tell a picture from an error page. We keep them anyway: an article without its
  // pictures offline is worse. The cost: Chrome counts each opaque entry as about 7 MB of quota,
  // so this cache is small and short-lived, and purgeOnQuotaError empties it when a cache write
  // runs out of quota.
  registerRoute(
    ({ request, url }) => isMedia(request) && !sameOrigin(url),
    new CacheFirst({
      cacheName: cacheNames.remoteMedia,
      plugins: [
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 14 * DAY, purgeOnQuotaError: true }), // 14 days max
      ],
    }),
  )

  // Feeds and catalogs: fresh when online, still there offline, on a hanging network, or when
  // the feed's site is down.
  registerRoute(
    ({ url, request }) => request.method === 'GET' && isFeedPath(url) && sameOrigin(url),
    new NetworkFirst({
      cacheName: cacheNames.feeds,
      networkTimeoutSeconds: FEED_NETWORK_TIMEOUT_SECONDS,
      plugins: [
        serverErrorsAreFailures,
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }), // 30 days max
      ],
    }),
  )

  // Article documents: show the cached copy at once, revalidate behind it, and tell the pages
  // (BroadcastUpdatePlugin compares ETag, Last-Modified and Content-Length) when it changed.
  registerRoute(
    ({ url, request }) => request.method === 'GET' && isArticleDocumentPath(url) && sameOrigin(url),
    new StaleWhileRevalidate({
      cacheName: cacheNames.articles,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 2000, maxAgeSeconds: 180 * DAY, purgeOnQuotaError: true }), // 180 days max
        new BroadcastUpdatePlugin(),
      ],
    }),
  )
}
