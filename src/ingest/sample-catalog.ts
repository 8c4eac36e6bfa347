import { IngestError, parseJsonText } from './errors'

/** `/samples/index.json`: the feeds that make up the built-in sample library, in order. */
export const SAMPLE_CATALOG_URL = '/samples/index.json'

export interface SampleCatalog {
  feeds: Array<{ url: string; title: string }>
}

/** Reads the catalog; only same-origin feed paths are accepted. */
export function parseSampleCatalog(text: string): SampleCatalog {
  const raw = parseJsonText(text, 'The sample catalog')
  const feeds = (raw as { feeds?: unknown }).feeds
  if (!Array.isArray(feeds)) throw new IngestError('not_json_feed', 'The sample catalog lists no feeds.')
  return {
    feeds: feeds
      .filter((feed): feed is { url: string; title?: unknown } => typeof (feed as { url?: unknown } | null)?.url === 'string')
      .filter((feed) => /^\/samples\/[\w.-]+\.json$/.test(feed.url))
      .map((feed) => ({ url: feed.url, title: typeof feed.title === 'string' ? feed.title : feed.url })),
  }
}
