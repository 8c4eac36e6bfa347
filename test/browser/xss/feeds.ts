import { URL_VECTORS, VECTORS, type Trap, type XssVector } from './vectors'

/**
 * Feeds and pages that carry every vector, in every field Folio shows: the body, the title, the
 * summary, the author, the tags and (for `javascript:`-like vectors) the item's URL. Vectors go
 * in groups, one group per item, so a library of a few dozen articles holds them all.
 */

/** The word every hostile item shares: the search test looks for it. */
export const SEARCH_WORD = 'xylophone'

/** One feed item's worth of vectors. */
export interface VectorGroupItem {
  index: number
  vectors: XssVector[]
  /** A `javascript:`-like vector for the item's URL, or null (the item gets a plain link). */
  urlVector: XssVector | null
}

/**
 * Splits the vectors into `count` items; each vector that leaves the parser in another state
 * closes an item, so it cannot change how the others parse. URL vectors go to every other item,
 * starting at `urlOffset` (each path starts elsewhere, so together they place them all).
 */
export function groupVectors(count: number, urlOffset = 0): VectorGroupItem[] {
  const last = VECTORS.filter((vector) => vector.last)
  const rest = VECTORS.filter((vector) => !vector.last)
  if (last.length > count) throw new RangeError(`${last.length} vectors must end an item, but there are only ${count} items`)
  const items: VectorGroupItem[] = Array.from({ length: count }, (_, index) => ({ index, vectors: [], urlVector: null }))
  rest.forEach((vector, position) => items[position % count]?.vectors.push(vector))
  last.forEach((vector, position) => items[position]?.vectors.push(vector))
  // Every other item: the rest keep a plain link, so the reader's "Open the original" shows too.
  items.forEach((item, position) => {
    if (position % 2 === 0) item.urlVector = URL_VECTORS[(urlOffset + position / 2) % URL_VECTORS.length] ?? null
  })
  return items
}

/** Prose for each item, on four themes, so the topic model has something to find. */
const THEMES = [
  'The river ferry crosses at dawn; boatmen read the current, the sandbars and the rising water before the barges go downstream.',
  'The baker kneads the dough, proves the loaves overnight and bakes bread, rolls and sourdough in a wood oven before the market opens.',
  'Astronomers chart the stars, the planets and the moon; the telescope follows a comet across the night sky until the dawn.',
  'The chess player studies openings, the endgame and the bishop pair; a quiet pawn move decides the tournament game.',
]
const prose = (index: number): string => {
  const theme = THEMES[index % THEMES.length] ?? ''
  return `${theme} ${SEARCH_WORD} ${theme} ${theme}`
}

/** The parts of one hostile item, before they are written in some feed format. */
export interface HostileItem {
  id: string
  url: string | null
  title: string
  summary: string
  contentHtml: string
  author: string
  tags: string[]
  vectors: XssVector[]
  urlVector: XssVector | null
}

/**
 * The item for one group. `linkBase` makes plain links differ between paths (Folio deduplicates
 * articles by canonical URL across sources).
 */
export function hostileItem(group: VectorGroupItem, trap: Trap, linkBase: string): HostileItem {
  const payloads = group.vectors.map((vector) => vector.html(trap))
  const body = group.vectors.map((vector, position) => `<p>Vector ${vector.id}. ${prose(group.index + position)}</p>\n${payloads[position]}`).join('\n')
  return {
    id: `xss-item-${group.index}`,
    url: group.urlVector?.url?.(trap) ?? `${linkBase}/${group.index}`,
    title: `${SEARCH_WORD} ${group.index}: ${payloads.join(' ')}`,
    summary: `${SEARCH_WORD} summary ${group.index}: ${payloads.join(' ')}`,
    contentHtml: `<p>${prose(group.index)}</p>\n${body}`,
    author: `Author ${group.index} ${payloads.join(' ')}`,
    tags: [SEARCH_WORD, ...payloads],
    vectors: group.vectors,
    urlVector: group.urlVector,
  }
}

/** JSON Feed 1.1: every field as is (JSON needs no escaping beyond its own). */
export function jsonFeed(title: string, items: readonly HostileItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: '2026-11-20T10:00:00Z',
      authors: [{ name: item.author }],
      tags: item.tags,
    })),
  })
}

const xmlEscape = (text: string): string => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char)
/** A CDATA section holding `text`, split wherever `text` itself contains `]]>`. */
const cdata = (text: string): string => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
/** XML 1.0 cannot carry most C0 controls, even as references: a feed with them would not parse at all. */
const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

/** RSS 2.0: bodies in CDATA, titles escaped HTML (as most feeds send them), authors as dc:creator. */
export function rssFeed(title: string, home: string, items: readonly HostileItem[]): string {
  const entries = items.map(
    (item) => `
  <item>
    <title>${xmlEscape(xmlSafe(item.title))}</title>
    ${item.url === null ? '' : `<link>${xmlEscape(xmlSafe(item.url))}</link>`}
    <guid isPermaLink="false">${item.id}</guid>
    <pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>
    <dc:creator>${xmlEscape(xmlSafe(item.author))}</dc:creator>
    ${item.tags.map((tag) => `<category>${xmlEscape(xmlSafe(tag))}</category>`).join('\n    ')}
    <description>${cdata(xmlSafe(item.summary))}</description>
    <content:encoded>${cdata(xmlSafe(item.contentHtml))}</content:encoded>
  </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${xmlEscape(title)}</title><link>${xmlEscape(home)}</link><description>Hostile HTML</description>
${entries.join('')}
</channel></rss>`
}

/** Atom 1.0: `type="html"` text constructs, escaped; categories as terms. */
export function atomFeed(title: string, home: string, items: readonly HostileItem[]): string {
  const entries = items.map(
    (item) => `
<entry>
  <id>urn:folio-xss:${item.id}</id>
  <title type="html">${xmlEscape(xmlSafe(item.title))}</title>
  ${item.url === null ? '' : `<link rel="alternate" href="${xmlEscape(xmlSafe(item.url))}"/>`}
  <updated>2026-11-20T10:00:00Z</updated>
  <author><name>${xmlEscape(xmlSafe(item.author))}</name></author>
  ${item.tags.map((tag) => `<category term="${xmlEscape(xmlSafe(tag))}"/>`).join('\n  ')}
  <summary type="html">${xmlEscape(xmlSafe(item.summary))}</summary>
  <content type="html">${xmlEscape(xmlSafe(item.contentHtml))}</content>
</entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${xmlEscape(title)}</title><id>urn:folio-xss:atom</id>
<link rel="alternate" href="${xmlEscape(home)}"/><updated>2026-11-20T10:00:00Z</updated>
${entries.join('')}
</feed>`
}

/**
 * A web page for save-URL: the vectors raw in the `<title>`, in meta tags, in the byline and
 * between the article's paragraphs (Readability keeps what looks like content).
 */
export function hostilePage(item: HostileItem, trap: Trap): string {
  const payloads = item.vectors.map((vector) => vector.html(trap))
  const joined = payloads.join(' ')
  const paragraphs = item.vectors.map((vector, position) => `<p>Paragraph about ${vector.id}. ${prose(position)} ${prose(position + 1)}</p>\n${payloads[position]}`)
  return `<!doctype html><html lang="en"><head><title>${SEARCH_WORD} page ${item.id} ${joined}</title>
<meta name="author" content="${xmlEscape(joined)}"><meta property="og:title" content="${xmlEscape(item.title)}">
<meta property="og:site_name" content="${xmlEscape(joined)}"></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>${SEARCH_WORD} page ${item.id} ${joined}</h1><p class="byline">By ${joined}</p>
${paragraphs.join('\n')}
</article><footer>Footer</footer></body></html>`
}

/**
 * A Folio backup (src/backup/format.ts) whose articles are the hostile items, from one source
 * whose title is hostile too; `hostile` payloads also go into pending pages' titles and errors,
 * topic names and settings. A backup only takes http(s) item URLs (it refuses the whole file
 * otherwise), so its items keep their plain links; the URL vectors go through the feeds.
 */
export function backupFile(sourceTitle: string, items: readonly HostileItem[], linkBase: string, hostile: readonly string[] = []): string {
  const sourceId = 'xss-backup-source'
  return JSON.stringify({
    format: 'folio-backup',
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    app: {},
    feed: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Folio library',
      items: items.map((item, index) => ({
        id: `backup-${item.id}`,
        url: `${linkBase}/${index}`,
        title: item.title,
        content_html: item.contentHtml,
        summary: item.summary,
        date_published: '2026-11-20T10:00:00.000Z',
        authors: [{ name: item.author }],
        tags: item.tags,
        _folio: { source_id: sourceId, added_at: Date.parse('2026-11-20T10:00:00Z') + index, word_count: 200, reading_minutes: 1, language: 'en', document_url: null },
      })),
    },
    sources: [{ id: sourceId, kind: 'import', title: sourceTitle, url: null, addedAt: Date.parse('2026-11-20T10:00:00Z'), etag: null, lastModified: null, fetchedAt: null }],
    interactions: [],
    progress: [],
    // Pages waiting to download, named and failed with payloads (their addresses answer 404).
    pending: hostile.map((payload, index) => ({ url: `${linkBase}/pending/${index}`, title: payload, addedAt: index, attempts: 1, lastError: payload })),
    // Topic names for the first topics the refit finds (keys 0, 1, …), and payloads where a setting wants a value.
    settings: {
      topicNames: Object.fromEntries(hostile.map((payload, key) => [String(key), payload])),
      theme: hostile[0] ?? 'system',
      followedGenres: hostile,
    },
    topics: null,
  })
}
