import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { startFolio } from './folio-server'
import { DIST_A } from './paths'

/** Items in the built sample feeds: what a finished sample import holds. */
const SAMPLE_ARTICLES = ['welcome', 'sotu', 'moby-dick']
  .map((name) => (JSON.parse(readFileSync(`${DIST_A}/samples/${name}.json`, 'utf8')) as { items: unknown[] }).items.length)
  .reduce((sum, count) => sum + count, 0)

/** Keys of each store and the search index's document count, read without loading the bodies. */
async function libraryState(page: Page): Promise<{ articles: string[]; bodies: string[]; sources: number; indexed: number; model: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('folio')
        open.onerror = () => reject(open.error ?? new Error('could not open folio'))
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'bodies', 'sources', 'searchIndex', 'model'])
          const keys = (store: string) => tx.objectStore(store).getAllKeys()
          const [articles, bodies, sources, model] = [keys('articles'), keys('bodies'), keys('sources'), keys('model')]
          const index = tx.objectStore('searchIndex').get('current')
          tx.oncomplete = () => {
            open.result.close()
            resolve({
              articles: (articles.result as string[]).sort(),
              bodies: (bodies.result as string[]).sort(),
              sources: sources.result.length,
              indexed: (index.result as { documentCount: number } | undefined)?.documentCount ?? 0,
              model: model.result.length,
            })
          }
        }
      }),
  )
}

test('a reload mid-ingest and mid-fit leaves the library consistent, and both resume by themselves', async ({ browser }) => {
  test.setTimeout(240_000)
  const folio = await startFolio({ fullSampleLibrary: true })
  const context = await browser.newContext({ baseURL: folio.origin })
  try {
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('button', { name: 'Start with the sample library' }).click()
    await expect(page.getByRole('progressbar')).toBeVisible()
    // Close the tab's work as soon as the first feed is stored: the others are still being read.
    await expect.poll(async () => (await libraryState(page)).articles.length, { timeout: 60_000 }).toBeGreaterThan(0)
    await page.reload()

    const cut = await libraryState(page)
    expect(cut.articles.length).toBeLessThan(SAMPLE_ARTICLES)
    expect(cut.bodies).toEqual(cut.articles) // no article without its body, no body without its article
    expect(cut.indexed).toBe(cut.articles.length) // stored in the same transaction as the articles

    // Nobody presses anything: the import starts again and finishes, with nothing twice.
    await expect(page.getByText(/^Added \d+ articles from the sample library\.$/)).toBeVisible({ timeout: 150_000 })
    const done = await libraryState(page)
    expect(done.articles).toHaveLength(SAMPLE_ARTICLES)
    expect(done.bodies).toEqual(done.articles)
    expect(done.indexed).toBe(SAMPLE_ARTICLES)
    expect(done.sources).toBe(3)

    // The first topic fit starts after the import; close the tab during it.
    expect(done.model).toBe(0)
    await page.goto('/topics')
    await expect(page.getByText(/^Finding topics/)).toBeVisible({ timeout: 30_000 })
    await page.reload()
    expect((await libraryState(page)).model).toBe(0) // a half-done fit saves nothing
    // It restarts by itself and its model is stored.
    await expect.poll(async () => (await libraryState(page)).model, { timeout: 120_000 }).toBeGreaterThan(0)
    await page.goto('/topics')
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()

    // Search finds articles of every feed.
    await page.goto('/search?q=whale')
    await expect(page.getByRole('link', { name: /^Chapter \d+\./ }).first()).toBeVisible()
  } finally {
    await context.close()
    await folio.close()
  }
})

test('a search index out of step with the library is rebuilt at the next start', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start with the sample library' }).click()
  await expect(page.getByText(/^Added \d+ articles from the sample library/)).toBeVisible()
  const before = await libraryState(page)
  expect(before.indexed).toBe(before.articles.length)
  // As a crash between deleting articles and unindexing them would leave it: an index of nothing.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('folio')
        open.onsuccess = () => {
          const tx = open.result.transaction('searchIndex', 'readwrite')
          tx.objectStore('searchIndex').delete('current')
          tx.oncomplete = () => resolve(open.result.close())
        }
      }),
  )
  await page.reload()
  await expect.poll(async () => (await libraryState(page)).indexed, { timeout: 30_000 }).toBe(before.articles.length)
  await page.goto('/search?q=Folio')
  await expect(page.getByRole('link', { name: 'Welcome to Folio' })).toBeVisible()
})
