import { addSampleLibrary, articleHref, expect, test, waitForServiceWorker } from './fixtures'

test.describe('offline', () => {
  test('cold loads of the home page and deep links render the app', async ({ page, context, folio }) => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await addSampleLibrary(page)
    const gettysburg = await articleHref(page, 'Address at Gettysburg')
    await page.goto(gettysburg) // an article seen before
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Address at Gettysburg')
    await page.close()

    await context.setOffline(true)
    const requestsBefore = folio.requests.length
    const cold = await context.newPage()
    for (const [path, heading] of [
      ['/', 'Read next'],
      ['/settings', 'Settings'],
      [gettysburg, 'Address at Gettysburg'],
      ['/library', 'Library'],
    ] as const) {
      await cold.goto(path)
      await expect(cold.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(cold.getByText('You are offline')).toHaveCount(0)
    }
    await cold.goto(gettysburg)
    await expect(cold.getByText(/Four score and seven years ago/)).toBeVisible()
    // Nothing the pages asked for reached the server. The browser's own update check for sw.js
    // is not subject to Playwright's offline emulation, so it may show up and is left out.
    expect(folio.requests.slice(requestsBefore).filter((line) => line !== 'GET /sw.js')).toEqual([])
  })

  test('a data URL opened offline gets the offline page, not the browser error', async ({ page, context }) => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.goto('/api/extract?url=https%3A%2F%2Fexample.org%2F')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline')
    await page.getByRole('link', { name: 'Open your library' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library')
  })

  test('online, navigations are answered from the precache: the server sees no page request', async ({ page, folio }) => {
    await page.goto('/')
    await waitForServiceWorker(page)
    const before = folio.requests.length
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
    await page.goto('/library?sort=new')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library')
    expect(folio.requests.slice(before).filter((line) => /^GET \/(settings|library)/.test(line))).toEqual([])
  })

  test('without the service worker the same cold load fails (the test can tell)', async ({ browser, folio }) => {
    const context = await browser.newContext({ serviceWorkers: 'block', baseURL: folio.origin })
    const page = await context.newPage()
    await page.goto('/')
    await context.setOffline(true)
    await expect(page.goto('/settings')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
    await context.close()
  })
})
