/**
 * Runtime cache names carry the app prefix and a version. Bump CACHE_VERSION when the shape of what
 * a runtime cache stores changes: sw.ts deletes every `folio-*` runtime cache not listed here.
 * The precache is named by workbox (`folio-precache-v2-<scope>`) and versioned by its revisions.
 */
export const CACHE_PREFIX = 'folio'
export const CACHE_VERSION = 'v1'

const named = (purpose: string): string => `${CACHE_PREFIX}-${purpose}-${CACHE_VERSION}`

export const cacheNames = {
  /** Same-origin images and fonts (CacheFirst). */
  media: named('media'),
  /** Cross-origin images and fonts, mostly opaque (CacheFirst, a smaller cap). */
  remoteMedia: named('remote-media'),
  /** Feeds and catalogs: `/samples/*`, `/api/fetch` (NetworkFirst). */
  feeds: named('feeds'),
  /** Article documents: `/api/extract`, `/articles/*.json` (StaleWhileRevalidate). */
  articles: named('articles'),
} as const

export const runtimeCacheNames: readonly string[] = Object.values(cacheNames)
