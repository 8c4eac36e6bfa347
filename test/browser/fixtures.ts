import { test as base, expect, type Page } from '@playwright/test'
import { startFolio, type RunningFolio } from './folio-server'

export { expect }

/** Each test gets its own server (fresh origin, so a fresh service worker and IndexedDB). */
export const test = base.extend<{ folio: RunningFolio }>({
  folio: async ({}, use) => {
    const folio = await startFolio()
    await use(folio)
    await folio.close()
  },
  baseURL: async ({ folio }, use) => use(folio.origin),
})

/** Resolves once a service worker is active and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
}

/** Fills the library from the built-in sample feed, as a person would. */
export async function addSampleLibrary(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start with the sample library' }).click()
  await expect(page.getByText(/^Added \d+ articles from the sample library/)).toBeVisible()
}

/** The stored id of the article with this title (read from the library's link). */
export async function articleHref(page: Page, title: string): Promise<string> {
  await page.goto('/library')
  const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href')
  if (!href) throw new Error(`No link to “${title}”`)
  return href
}

/** Everything in one object store of Folio's database, read in the page (keys included for settings). */
export async function readStore(page: Page, store: string): Promise<Array<{ key: unknown; value: unknown }>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<{ key: unknown; value: unknown }>>((resolve, reject) => {
        const open = indexedDB.open('folio')
        open.onerror = () => reject(open.error ?? new Error('could not open folio'))
        open.onsuccess = () => {
          const entries: Array<{ key: unknown; value: unknown }> = []
          const cursor = open.result.transaction(name).objectStore(name).openCursor()
          cursor.onerror = () => reject(cursor.error ?? new Error('could not read ' + name))
          cursor.onsuccess = () => {
            const current = cursor.result
            if (!current) {
              open.result.close()
              resolve(entries)
              return
            }
            entries.push({ key: current.key, value: current.value })
            current.continue()
          }
        }
      }),
    store,
  )
}
