import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { startFolio, type RunningFolio } from './folio-server'
import { addSampleLibrary, expect, readStore, test, waitForServiceWorker } from './fixtures'
import { BUILD_B, DIST_A, DIST_B } from './paths'

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

/** The hashed files under /assets/ this page loaded (scripts and styles), by file name. */
async function loadedAssets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/assets/') && /\.(js|css)$/.test(path))
      .map((path) => path.slice('/assets/'.length)),
  )
}

test('update with two tabs open: offline before, no mix of old page and new assets, no lost write, both tabs end on B', async ({ browser }) => {
  test.setTimeout(120_000)
  let server: RunningFolio = await startFolio()
  const port = server.port
  const context = await browser.newContext({ baseURL: server.origin })
  try {
    const first = await context.newPage()
    await first.goto('/')
    await waitForServiceWorker(first)
    await addSampleLibrary(first)
    await first.goto('/settings')
    const second = await context.newPage()
    await second.goto('/library')
    await waitForServiceWorker(second)

    // Offline before the update, on A.
    await context.setOffline(true)
    const offline = await context.newPage()
    await offline.goto('/settings')
    await expect(offline.getByTestId('build-id')).toHaveText(buildA)
    await offline.close()
    await context.setOffline(false)

    await server.close()
    server = await startFolio({ distDir: DIST_B, port })
    await first.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await expect(first.getByText('A new version is ready.')).toBeVisible()

    // While B waits, the second tab keeps running A: a route it has not loaded yet comes from A's precache.
    await second.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
    await expect(second.getByTestId('build-id')).toHaveText(buildA)
    const assetsA = new Set(readdirSync(`${DIST_A}/assets`))
    const assetsB = new Set(readdirSync(`${DIST_B}/assets`))
    const beforeSwitch = await loadedAssets(second)
    expect(beforeSwitch.length).toBeGreaterThan(0)
    expect(beforeSwitch.filter((name) => !assetsA.has(name))).toEqual([])
    expect(beforeSwitch.some((name) => !assetsB.has(name))).toBe(true) // the builds' files differ, so the check bites

    // A write in the second tab just before the switch is kept.
    await second.getByRole('radio', { name: 'Dark' }).check()
    await expect.poll(async () => (await readStore(second, 'settings')).find(({ key }) => key === 'theme')?.value).toBe('dark')

    // The first tab accepts; the second reloads by itself onto B rather than run A's page with B's files.
    const secondReloaded = second.waitForEvent('load')
    await first.getByRole('button', { name: 'Reload' }).click()
    await expect(first.getByTestId('build-id')).toHaveText(BUILD_B)
    await secondReloaded
    await expect(second.getByTestId('build-id')).toHaveText(BUILD_B)
    const afterSwitch = await loadedAssets(second)
    expect(afterSwitch.length).toBeGreaterThan(0)
    expect(afterSwitch.filter((name) => !assetsB.has(name))).toEqual([])
    expect(afterSwitch.some((name) => !assetsA.has(name))).toBe(true)
    await expect(second.getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(await readStore(first, 'articles')).toHaveLength((await readStore(second, 'articles')).length)
  } finally {
    await context.close()
    await server.close()
  }
})
