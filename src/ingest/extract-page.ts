import { IngestError } from './errors'
import type { JsonFeed } from './json-feed'

/** Saved pages all join this one source. */
export const SAVED_PAGES_ORIGIN = 'folio:saved'

/** What `/api/extract` answers (server/extract.ts): Readability's result; `html` is not yet sanitized. */
export interface ExtractedPage {
  url: string
  title: string | null
  byline: string | null
  siteName: string | null
  publishedTime: string | null
  excerpt: string | null
  lang: string | null
  html: string
  text: string
}

export const extractUrl = (url: string): string => `/api/extract?url=${encodeURIComponent(url)}`

/** A saved page as a one-item feed, so it is stored (and sanitized) like any feed item. */
export function pageToFeed(page: ExtractedPage, requestedUrl: string): JsonFeed {
  return {
    title: 'Saved pages',
    homePageUrl: null,
    feedUrl: null,
    language: null,
    skipped: [],
    items: [
      {
        id: requestedUrl,
        url: page.url || requestedUrl,
        title: page.title,
        contentHtml: page.html,
        contentText: null,
        summary: null,
        datePublished: page.publishedTime,
        authors: [page.byline ?? page.siteName].filter((name): name is string => Boolean(name)),
        tags: [],
        language: page.lang,
        documentUrl: null,
      },
    ],
  }
}

/**
 * Asks the server to fetch and extract the article at `url`. A network failure (offline) is
 * `offline: true`, so the caller keeps the URL as pending instead of reporting an error.
 */
export async function extractPage(url: string): Promise<{ offline: true } | { offline: false; feed: JsonFeed }> {
  const response = await fetch(extractUrl(url), { headers: { accept: 'application/json' } }).catch(() => null)
  if (!response) return { offline: true }
  const body = (await response.json().catch(() => null)) as (ExtractedPage & { message?: string }) | null
  if (!response.ok || !body || typeof body.html !== 'string') {
    throw new IngestError('fetch_failed', body?.message ?? `The page could not be saved (HTTP ${response.status}).`)
  }
  return { offline: false, feed: pageToFeed(body, url) }
}
