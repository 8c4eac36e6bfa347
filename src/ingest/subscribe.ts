import { IngestError } from './errors'
import { fetchFeed, type FetchedFeed } from './fetch-feed'
import { discoverFeeds } from './formats/autodiscovery'
import { detectFileKind } from './formats/detect'

export interface FeedChoice {
  url: string
  title: string | null
}

/** What a pasted URL turned out to be: a feed (already downloaded), or a page listing feeds. */
export type ProbeResult = { type: 'feed'; url: string; fetched: Extract<FetchedFeed, { status: 'ok' }> } | { type: 'page'; feeds: FeedChoice[] }

/** Accepts `example.org/feed` as well as a full URL; refuses anything but http(s). */
export function normalizeFeedUrl(input: string): string {
  const trimmed = input.trim()
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new IngestError('fetch_failed', `“${input}” is not a web address.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError('fetch_failed', 'Only http and https addresses can be followed.')
  return url.href
}

/**
 * Downloads a pasted URL. A feed is returned as is; an HTML page is searched for the feeds it
 * announces (`<link rel="alternate">`). Runs in the page, which has DOMParser.
 */
export async function probeUrl(input: string): Promise<ProbeResult> {
  const url = normalizeFeedUrl(input)
  const fetched = await fetchFeed(url)
  if (fetched.status !== 'ok') throw new IngestError('fetch_failed', `${url} sent nothing new.`)
  const kind = detectFileKind(new URL(url).pathname, '', fetched.text.slice(0, 2048))
  if (kind === 'feed' || kind === 'json-feed') return { type: 'feed', url, fetched }
  if (kind !== 'html') throw new IngestError('not_a_feed', `${url} is neither a feed nor a web page.`)
  const feeds = discoverFeeds(new DOMParser().parseFromString(fetched.text, 'text/html'), url)
  if (feeds.length === 0) throw new IngestError('not_a_feed', `No feed found at ${url}. Paste the feed’s own address if you know it.`)
  return { type: 'page', feeds: feeds.map(({ url: feedUrl, title }) => ({ url: feedUrl, title })) }
}
