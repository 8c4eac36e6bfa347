import { readFileSync } from 'node:fs'
import { startFolio, type RunningFolio } from './folio-server'
import { addSampleLibrary, expect, readStore, test, waitForServiceWorker } from './fixtures'
import { BUILD_B, DIST_B } from './paths'

const buildA = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

test('update flow: build A, then build B on the same origin; Reload activates B and keeps the data', async ({ browser }) => {
  let server: RunningFolio = await startFolio()
  const port = server.port
  const context = await browser.newContext({ baseURL: server.origin })
  try {
    const page = await context.newPage()
    await page.goto('/')
    await waitForServiceWorker(page)
    await addSampleLibrary(page)
    await page.goto('/settings')
    await page.getByRole('radio', { name: 'Dark' }).check()
    await expect(page.getByTestId('build-id')).toHaveText(buildA)
    const articlesBefore = await readStore(page, 'articles')
    expect(articlesBefore.length).toBeGreaterThan(0)

    // Deploy B on the same origin.
    await server.close()
    server = await startFolio({ distDir: DIST_B, port })

    // Coming back to the tab triggers an update check; B installs and waits.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await expect(page.getByText('A new version is ready.')).toBeVisible()
    // The worker never skips waiting by itself: A still runs the page.
    await expect(page.getByTestId('build-id')).toHaveText(buildA)
    const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
    expect(waiting).toBe(true)

    await page.getByRole('button', { name: 'Reload' }).click()
    await expect(page.getByTestId('build-id')).toHaveText(BUILD_B)
    await expect(page.getByText('A new version is ready.')).toHaveCount(0)
    expect(await readStore(page, 'articles')).toEqual(articlesBefore)
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()

    // Offline still works after the update, on B's shell.
    await context.setOffline(true)
    const cold = await context.newPage()
    await cold.goto('/settings')
    await expect(cold.getByTestId('build-id')).toHaveText(BUILD_B)
    await cold.goto('/library')
    await expect(cold.getByRole('heading', { level: 1 })).toHaveText('Library')
    await expect(cold.getByRole('link', { name: 'Loomings' })).toBeVisible()
  } finally {
    await context.close()
    await server.close()
  }
})
