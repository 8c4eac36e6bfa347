import { test as base, expect } from '@playwright/test'
import { startFolio, type RunningFolio } from './folio-server'
import { startUpstream, type Upstream } from './upstream'

export { expect }

/**
 * A Folio server whose proxy may reach 127.0.0.1 (the test-only switch), and an upstream "web
 * site" on another port serving feeds and pages.
 */
export const test = base.extend<{ folio: RunningFolio; upstream: Upstream }>({
  folio: async ({}, use) => {
    const folio = await startFolio({ allowPrivateAddresses: true })
    await use(folio)
    await folio.close()
  },
  upstream: async ({}, use) => {
    const upstream = await startUpstream()
    await use(upstream)
    await upstream.close()
  },
  baseURL: async ({ folio }, use) => use(folio.origin),
})

const rssItem = (origin: string, n: number) => `
  <item>
    <title><![CDATA[Dispatch ${n}: rivers & roads]]></title>
    <link>${origin}/posts/${n}</link>
    <guid isPermaLink="false">dispatch-${n}</guid>
    <pubDate>Mon, 0${n} Nov 2026 09:00:00 GMT</pubDate>
    <description><![CDATA[<p>Dispatch number ${n} follows the river road north. The ferry runs twice a day. Travellers wait on the bank.</p>]]></description>
  </item>`

/** An RSS 2.0 feed with items 1..count. */
export const rssFeed = (origin: string, count: number): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>River Dispatches</title><link>${origin}/</link><description>Notes</description>
${Array.from({ length: count }, (_, index) => rssItem(origin, index + 1)).join('')}
</channel></rss>`

/** A site's home page announcing its feed. */
export const homePage = (origin: string): string => `<!doctype html><html lang="en"><head><title>River site</title>
<link rel="alternate" type="application/rss+xml" title="River Dispatches" href="${origin}/feed.xml"></head><body><h1>River site</h1></body></html>`

/** A page for Readability: navigation and footer around one article. */
export const articlePage = (title: string): string => `<!doctype html><html lang="en"><head><title>${title} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>${title}</h1><p class="byline">By Ada Lantern</p>
${Array.from({ length: 8 }, (_, index) => `<p>Paragraph ${index + 1} of the lighthouse story. The keeper climbs the stair at dusk and trims the wick, and the beam sweeps the harbour where the fishing boats come home through the fog.</p>`).join('\n')}
</article><footer>Copyright footer text</footer></body></html>`
