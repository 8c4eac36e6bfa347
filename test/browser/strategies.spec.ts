import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startFolio } from './folio-server'
import { addSampleLibrary, articleHref, expect, test, waitForServiceWorker } from './fixtures'
import { DIST_A } from './paths'
import { startUpstream } from './upstream'

/** Loads an image in the page and reports whether it decoded. */
function loadImage(page: Page, src: string): Promise<boolean> {
  return page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const image = new Image()
        image.onload = () => resolve(image.naturalWidth > 0)
        image.onerror = () => resolve(false)
        image.src = url
      }),
    src,
  )
}

/** Fetches through the page (and so through the service worker); returns the body or the error. */
function pageFetch(page: Page, url: string): Promise<{ ok: boolean; body: string; ms: number }> {
  return page.evaluate(async (target) => {
    const started = performance.now()
    try {
      const response = await fetch(target)
      return { ok: response.ok, body: await response.text(), ms: performance.now() - started }
    } catch (error) {
      return { ok: false, body: String(error), ms: performance.now() - started }
    }
  }, url)
}

test('cache-first: same-origin and cross-origin (opaque) images are served from the cache offline', async ({ page, context }) => {
  const upstream = await startUpstream()
  try {
    upstream.routes.set('/photo.png', { type: 'image/png', body: await readFile(join(DIST_A, 'pwa-64x64.png')) })
    await page.goto('/')
    await waitForServiceWorker(page)
    const crossOrigin = `${upstream.origin}/photo.png`
    expect(await loadImage(page, '/samples/images/lighthouse.svg')).toBe(true)
    expect(await loadImage(page, crossOrigin)).toBe(true)
    expect(upstream.hits.get('/photo.png')).toBe(1)

    // Online, in a new page (no in-memory image cache): cache first, so the upstream is not asked again.
    const second = await context.newPage()
    await second.goto('/')
    expect(await loadImage(second, crossOrigin)).toBe(true)
    expect(upstream.hits.get('/photo.png')).toBe(1)
    await second.close()

    const cached = (name: string) =>
      page.evaluate(async (cacheName) => (await (await caches.open(cacheName)).keys()).map((request) => request.url), name)
    expect(await cached('folio-media-v1')).toEqual([expect.stringMatching(/\/samples\/images\/lighthouse\.svg$/)])
    expect(await cached('folio-remote-media-v1')).toEqual([crossOrigin])

    await context.setOffline(true)
    const cold = await context.newPage()
    await cold.goto('/')
    expect(await loadImage(cold, '/samples/images/lighthouse.svg')).toBe(true)
    expect(await loadImage(cold, crossOrigin)).toBe(true)
    expect(await loadImage(cold, '/samples/images/never-seen.svg')).toBe(false)
  } finally {
    await upstream.close()
  }
})

test.describe('network-first feeds', () => {
  test('fresh from the network online, from the cache offline and when the network hangs', async ({ browser }) => {
    const upstream = await startUpstream()
    const folio = await startFolio({ allowPrivateAddresses: true })
    const context = await browser.newContext({ baseURL: folio.origin })
    try {
      const page = await context.newPage()
      const feedUrl = `/api/fetch?url=${encodeURIComponent(`${upstream.origin}/feed.xml`)}`
      const rss = (version: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${version}</title></channel></rss>`
      upstream.routes.set('/feed.xml', { type: 'application/rss+xml', body: rss('version 1') })
      await page.goto('/')
      await waitForServiceWorker(page)

      expect((await pageFetch(page, feedUrl)).body).toContain('version 1')
      upstream.routes.set('/feed.xml', { type: 'application/rss+xml', body: rss('version 2') })
      expect((await pageFetch(page, feedUrl)).body).toContain('version 2') // network first, not the cache

      await context.setOffline(true)
      const offline = await pageFetch(page, feedUrl)
      expect(offline).toMatchObject({ ok: true, body: expect.stringContaining('version 2') })

      await context.setOffline(false)
      upstream.routes.set('/feed.xml', { type: 'application/rss+xml', body: '', hang: true })
      const hung = await pageFetch(page, feedUrl)
      expect(hung).toMatchObject({ ok: true, body: expect.stringContaining('version 2') })
      expect(hung.ms).toBeGreaterThan(2_900) // waited for the 3 s network timeout…
      expect(hung.ms).toBeLessThan(10_000) // …and no longer

      // The feed's site is down (the proxy answers 502): the cached feed is served.
      upstream.routes.set('/feed.xml', { type: 'text/plain', body: 'down', status: 500 })
      const down = await pageFetch(page, feedUrl)
      expect(down).toMatchObject({ ok: true, body: expect.stringContaining('version 2') })

      // The catalog of sample feeds follows the same route.
      const welcome = await pageFetch(page, '/samples/welcome.json')
      expect(welcome.body).toContain('Folio sample library')
      await context.setOffline(true)
      expect((await pageFetch(page, '/samples/welcome.json')).body).toContain('Folio sample library')
    } finally {
      await context.close()
      await folio.close()
      await upstream.close()
    }
  })
})

test('cache-then-network: an article shows the cached copy first and is replaced when the server copy changes', async ({ page, folio }) => {
  await page.goto('/')
  await waitForServiceWorker(page)
  await addSampleLibrary(page)
  const href = await articleHref(page, 'Loomings')
  await page.goto(href)
  await expect(page.getByText(/^Call me Ishmael\./)).toBeVisible()
  // Wait until the first revalidation has put the document in the article cache.
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('folio-articles-v1')).keys()).length))
    .toBe(1)

  // The server's copy changes.
  const feedPath = join(folio.samplesDir, 'welcome.json')
  const feed = JSON.parse(await readFile(feedPath, 'utf8')) as { items: Array<{ id: string; content_html?: string }> }
  const item = feed.items.find((entry) => entry.id === 'moby-dick-loomings')
  if (!item) throw new Error('sample feed has no Loomings')
  item.content_html = '<p>Call me Ishmael, revised edition.</p><p>A new paragraph from the server.</p>'
  await writeFile(feedPath, JSON.stringify(feed))

  // Record what the page fetched, the worker's broadcasts, and every text the body showed.
  await page.addInitScript(() => {
    const seen: string[] = []
    const log = window as unknown as { bodiesSeen: string[]; documentsFetched: string[]; broadcasts: string[] }
    log.bodiesSeen = seen
    log.documentsFetched = []
    log.broadcasts = []
    const originalFetch = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      const response = await originalFetch(input, init)
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      if (url.startsWith('/articles/')) log.documentsFetched.push(await response.clone().text())
      return response
    }
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; payload?: { updatedURL?: string } }>) => {
      if (event.data.type === 'CACHE_UPDATED') log.broadcasts.push(event.data.payload?.updatedURL ?? '')
    })
    new MutationObserver(() => {
      const text = document.querySelector('.article-body')?.textContent ?? ''
      if (text && seen[seen.length - 1] !== text) seen.push(text)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await page.reload()
  await expect(page.getByText('A new paragraph from the server.')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Updated with the latest version.' })).toBeVisible()
  const log = await page.evaluate(() => {
    const { bodiesSeen, documentsFetched, broadcasts } = window as unknown as Record<'bodiesSeen' | 'documentsFetched' | 'broadcasts', string[]>
    return { bodiesSeen, documentsFetched, broadcasts }
  })
  expect(log.bodiesSeen[0]).toMatch(/^Call me Ishmael\. Some years ago/)
  expect(log.bodiesSeen.at(-1)).toMatch(/revised edition/)
  // Stale-while-revalidate: the page's fetch was answered with the old, cached copy…
  expect(log.documentsFetched).toHaveLength(1)
  expect(log.documentsFetched[0]).toContain('Some years ago')
  expect(log.documentsFetched[0]).not.toContain('revised edition')
  // …and the worker broadcast that the copy behind it changed.
  expect(log.broadcasts).toEqual([expect.stringMatching(/\/articles\/moby-dick-loomings\.json$/)])

  // The new copy was stored: it is what opens next time, offline too.
  await page.context().setOffline(true)
  await page.reload()
  await expect(page.getByText('A new paragraph from the server.')).toBeVisible()
})
