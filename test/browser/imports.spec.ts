import { expect, rssFeed, test } from './library-sources'

const file = (name: string, mimeType: string, text: string) => ({ name, mimeType, buffer: Buffer.from(text) })

const jsonFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tide Tables',
  items: [{ id: 'tide-1', title: 'Spring tides explained', content_text: 'Spring tides come with the new and full moon. Neap tides fall between.' }],
})

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Log</title><id>urn:uuid:harbour-log</id><updated>2026-11-20T10:00:00Z</updated>
<entry><title>Night watch</title><id>urn:uuid:night-watch</id><updated>2026-11-20T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The night watch counts the lights <em>offshore</em>.</p></div></content></entry></feed>`

const markdown = '# Knots for sailors\n\nThe **bowline** makes a fixed loop. The clove hitch holds a line to a post.\n'
const text = 'Weather lore\n\nRed sky at night, sailor’s delight. Red sky in the morning, sailors take warning.'
const html = `<!doctype html><html lang="en"><head><title>Reading the clouds</title></head><body><nav>Menu</nav>
<article><h1>Reading the clouds</h1>${'<p>Cumulus clouds build on warm afternoons and can tower into storms before evening.</p>'.repeat(6)}</article></body></html>`

test('imports each file type through the picker', async ({ page, upstream }) => {
  upstream.routes.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed(upstream.origin, 2) })
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="News"><outline text="River Dispatches" type="rss" xmlUrl="${upstream.origin}/feed.xml"/></outline></body></opml>`
  await page.goto('/add')
  const picker = page.getByLabel('Import', { exact: true })
  const status = page.getByRole('main').getByRole('status').first()

  await picker.setInputFiles([file('tides.json', 'application/feed+json', jsonFeed)])
  await expect(status).toHaveText('tides.json: “Tide Tables”: 1 new article.')
  await picker.setInputFiles([file('river.rss', 'application/rss+xml', rssFeed('https://river.example', 2))])
  await expect(status).toHaveText('river.rss: “River Dispatches”: 2 new articles.')
  await picker.setInputFiles([file('harbour.atom', 'application/atom+xml', atomFeed)])
  await expect(status).toHaveText('harbour.atom: “Harbour Log”: 1 new article.')
  await picker.setInputFiles([file('subscriptions.opml', 'text/x-opml', opml)])
  await expect(status).toHaveText('subscriptions.opml: subscribed to 1 feed.')
  await picker.setInputFiles([
    file('knots.md', 'text/markdown', markdown),
    file('lore.txt', 'text/plain', text),
    file('clouds.html', 'text/html', html),
  ])
  await expect(status).toContainText('clouds.html: “Imported files”: 1 new article.')

  await page.goto('/library')
  // Dispatch 1 twice: from the RSS file and from the subscribed feed (other origins, other links).
  await expect(page.getByRole('link', { name: 'Dispatch 1: rivers & roads' })).toHaveCount(2)
  for (const title of ['Spring tides explained', 'Night watch', 'Knots for sailors', 'Weather lore', 'Reading the clouds']) {
    await expect(page.getByRole('link', { name: title })).toBeVisible()
  }
  // The RSS file's items and the subscribed feed's share links only when the origins match: here they do not.
  await expect(page.getByText(/^9 articles$/)).toBeVisible()
  await page.getByRole('link', { name: 'Knots for sailors' }).click()
  await expect(page.locator('strong', { hasText: 'bowline' })).toBeVisible() // Markdown rendered
})

test('a file Folio cannot read gets a clear message and changes nothing', async ({ page }) => {
  await page.goto('/add')
  await page.getByLabel('Import', { exact: true }).setInputFiles([{ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) }])
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(/photo\.png: “photo\.png” is not a format Folio reads/)
  await page.getByLabel('Import', { exact: true }).setInputFiles([{ name: 'broken.xml', mimeType: 'application/rss+xml', buffer: Buffer.from('<rss><channel><title>Broken') }])
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(/^broken\.xml: /)
  await page.goto('/library')
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible()
})

test('drag and drop imports a file too', async ({ page }) => {
  await page.goto('/add')
  const dataTransfer = await page.evaluateHandle((feed) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([feed], 'dropped.json', { type: 'application/feed+json' }))
    return transfer
  }, jsonFeed)
  await page.getByText('Drop files here, or').dispatchEvent('drop', { dataTransfer })
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('dropped.json: “Tide Tables”: 1 new article.')
})
