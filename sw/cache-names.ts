/**
 * Cache names carry the app prefix and a version. Bump CACHE_VERSION when the shape of what a
 * runtime cache stores changes; sw.ts deletes every `folio-*` cache that is not listed here.
 */
export const CACHE_PREFIX = 'folio'
export const CACHE_VERSION = 'v1'

const named = (purpose: string): string => `${CACHE_PREFIX}-${purpose}-${CACHE_VERSION}`

export const cacheNames = {
  /** Images and fonts, same-origin and cross-origin (CacheFirst). */
  media: named('media'),
  /** Feeds and catalogs: `/samples/*`, `/api/fetch` (NetworkFirst). */
  feeds: named('feeds'),
  /** Article documents: `/api/extract`, `/articles/*.json` (StaleWhileRevalidate). */
  articles: named('articles'),
} as const

export const runtimeCacheNames: readonly string[] = Object.values(cacheNames)
