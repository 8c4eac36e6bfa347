/** A feed a page announces with `<link rel="alternate">`. */
export interface DiscoveredFeed {
  url: string
  title: string | null
  type: string
}

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|rdf\+xml|feed\+json|json|rss|atom)$/i

/**
 * The feeds a page announces (RSS autodiscovery), in document order, with absolute URLs and no
 * repeats. Takes a parsed Document: the page parses with DOMParser, which never runs scripts.
 */
export function discoverFeeds(doc: Document, pageUrl: string): DiscoveredFeed[] {
  const found = new Map<string, DiscoveredFeed>()
  const base = doc.querySelector('base[href]')?.getAttribute('href')
  for (const link of doc.querySelectorAll('link[rel][href][type]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    const type = (link.getAttribute('type') ?? '').trim()
    if (!rels.includes('alternate') || !FEED_TYPES.test(type)) continue
    let url: URL
    try {
      url = new URL(link.getAttribute('href') ?? '', new URL(base ?? pageUrl, pageUrl))
    } catch {
      continue
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.has(url.href)) {
      found.set(url.href, { url: url.href, title: link.getAttribute('title')?.trim() || null, type: type.toLowerCase() })
    }
  }
  return [...found.values()]
}
