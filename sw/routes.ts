import { BroadcastUpdatePlugin } from 'workbox-broadcast-update'
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { ExpirationPlugin } from 'workbox-expiration'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies'
import { cacheNames } from './cache-names'

const DAY = 24 * 60 * 60

/** Seconds NetworkFirst waits for the network before it answers from the cache. */
export const FEED_NETWORK_TIMEOUT_SECONDS = 3

const isFeedPath = (url: URL): boolean =>
  url.pathname.startsWith('/samples/') || url.pathname === '/api/fetch'

const isArticleDocumentPath = (url: URL): boolean =>
  url.pathname === '/api/extract' || /^\/articles\/[^/]+\.json$/.test(url.pathname)

/** Registers the three runtime strategies of the routing table in DESIGN.md. */
export function registerRuntimeRoutes(): void {
  // Images and fonts never change once published, so the cache answers first.
  // Article images are mostly cross-origin without CORS, so their responses are opaque (status 0):
  // we accept them, because an article without its pictures is worse than a padded quota. Chrome
  // counts each opaque entry as several MB of quota, so the cap is modest and purgeOnQuotaError lets
  // the browser drop this cache before any IndexedDB write fails.
  registerRoute(
    ({ request }) => request.destination === 'image' || request.destination === 'font',
    new CacheFirst({
      cacheName: cacheNames.media,
      plugins: [
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({
          maxEntries: 300,
          maxAgeSeconds: 60 * DAY, // 60 days max
          purgeOnQuotaError: true,
        }),
      ],
    }),
  )

  // Feeds and catalogs: fresh when online, still there offline or on a hanging network.
  registerRoute(
    ({ url, request }) => request.method === 'GET' && isFeedPath(url) && sameOrigin(url),
    new NetworkFirst({
      cacheName: cacheNames.feeds,
      networkTimeoutSeconds: FEED_NETWORK_TIMEOUT_SECONDS,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
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
        new ExpirationPlugin({ maxEntries: 2000, maxAgeSeconds: 180 * DAY, purgeOnQuotaError: true }),
        new BroadcastUpdatePlugin(),
      ],
    }),
  )
}

function sameOrigin(url: URL): boolean {
  return url.origin === self.location.origin
}
