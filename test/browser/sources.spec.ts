import { seriousViolations } from './axe'
import { waitForServiceWorker } from './fixtures'
import { articlePage, expect, homePage, rssFeed, test } from './library-sources'

test('subscribe by pasting a site address, then refresh to see a new item', async ({ page, upstream }) => {
  upstream.routes.set('/', { type: 'text/html; charset=utf-8', body: homePage(upstream.origin) })
  upstream.routes.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed(upstream.origin, 2), etag: '"v2"' })
  await page.goto('/add')
  await page.getByLabel('Feed or site address').fill(`${upstream.origin}/`)
  await page.getByRole('button', { name: 'Subscribe' }).click()
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('“River Dispatches”: 2 new articles.')
  await expect(page.getByText(`${upstream.origin}/feed.xml`)).toBeVisible() // discovered from the page

  // Nothing changed upstream: a conditional request, answered 304.
  await page.getByRole('button', { name: 'Refresh feeds' }).click()
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('“River Dispatches”: nothing new.')
  expect(upstream.notModified.get('/feed.xml')).toBe(1)

  upstream.routes.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed(upstream.origin, 3), etag: '"v3"' })
  await page.goto('/library')
  await page.getByRole('button', { name: 'Refresh feeds' }).click()
  await expect(page.getByRole('link', { name: 'Dispatch 3: rivers & roads' })).toBeVisible()
  await expect(page.getByText(/^3 articles$/)).toBeVisible() // the two known items were not added again

  // With a subscription listed, the Add page and the storage table pass axe too.
  await page.goto('/add')
  await expect(page.getByText(`${upstream.origin}/feed.xml`)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Delete River Dispatches' }).click()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Delete 3 articles' }).click()
  await expect(page.getByText('Deleted “River Dispatches” and its 3 articles.')).toBeVisible()
  await expect(page.getByText('Your library is empty.')).toBeVisible()
})

test('save a page by URL, then read it offline', async ({ page, context, upstream }) => {
  upstream.routes.set('/story', { type: 'text/html; charset=utf-8', body: articlePage('The Last Lighthouse Keeper') })
  await page.goto('/add')
  await page.getByLabel('Page address').fill(`${upstream.origin}/story`)
  await page.getByRole('button', { name: 'Save page' }).click()
  await expect(page.getByText('Saved for offline reading.')).toBeVisible()

  await page.goto('/library')
  const link = page.getByRole('link', { name: 'The Last Lighthouse Keeper' })
  const href = await link.getAttribute('href')
  await waitForServiceWorker(page)
  await context.setOffline(true)
  await page.goto(href ?? '/missing')
  await expect(page.getByRole('heading', { level: 1, name: 'The Last Lighthouse Keeper' })).toBeVisible()
  await expect(page.getByText(/Paragraph 8 of the lighthouse story/)).toBeVisible()
  await expect(page.getByText('Copyright footer text')).toHaveCount(0) // Readability kept the article only
  await expect(page.getByText(/Ada Lantern/).first()).toBeVisible()
})

test('a page saved offline waits as pending and is fetched when the connection returns', async ({ page, context, upstream }) => {
  upstream.routes.set('/later', { type: 'text/html; charset=utf-8', body: articlePage('Fog Over the Harbour') })
  await page.goto('/add')
  await context.setOffline(true)
  await page.getByLabel('Page address').fill(`${upstream.origin}/later`)
  await page.getByRole('button', { name: 'Save page' }).click()
  await expect(page.getByText('You are offline: the page will be fetched when the connection returns.')).toBeVisible()
  const pending = page.getByRole('region', { name: 'Waiting to download' })
  await expect(pending.getByText(`${upstream.origin}/later`)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  expect(upstream.hits.get('/later') ?? 0).toBe(0)

  await context.setOffline(false)
  await expect(pending).toHaveCount(0, { timeout: 15_000 })
  await page.goto('/library')
  await expect(page.getByRole('link', { name: 'Fog Over the Harbour' })).toBeVisible()
})

test('a feed that allows CORS is fetched directly; one that does not goes through the proxy', async ({ page, folio, upstream }) => {
  upstream.routes.set('/open.xml', { type: 'application/rss+xml', body: rssFeed(upstream.origin, 1).replace('River Dispatches', 'Open Feed'), cors: true })
  upstream.routes.set('/closed.xml', { type: 'application/rss+xml', body: rssFeed(`${upstream.origin}/closed`, 1).replace('River Dispatches', 'Closed Feed') })
  await page.goto('/add')
  for (const path of ['/open.xml', '/closed.xml']) {
    await page.getByLabel('Feed or site address').fill(`${upstream.origin}${path}`)
    await page.getByRole('button', { name: 'Subscribe' }).click()
    await expect(page.getByRole('main').getByRole('status').first()).toHaveText(/new article/)
  }
  const proxied = folio.requests.filter((request) => request.startsWith('GET /api/fetch'))
  expect(proxied.map((request) => decodeURIComponent(request))).toEqual([`GET /api/fetch?url=${upstream.origin}/closed.xml`])
  await expect(page.getByRole('listitem').filter({ hasText: 'Closed Feed' })).toContainText('through Folio’s server')
  await expect(page.getByRole('listitem').filter({ hasText: 'Open Feed' })).not.toContainText('through Folio’s server')
})
