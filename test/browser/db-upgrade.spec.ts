import type { Page } from '@playwright/test'
import { addSampleLibrary, articleHref, expect, readStore, test } from './fixtures'

/** The schema version this build writes (src/db/schema.ts). */
const CURRENT = 3

/**
 * What a newer release does in another tab: opens Folio's database one version up and adds a
 * store. Resolves with how long the upgrade waited, or rejects if it was blocked for 10 s.
 */
function upgradeFromAnotherTab(page: Page): Promise<{ ms: number; blocked: boolean }> {
  return page.evaluate(
    (version) =>
      new Promise((resolve, reject) => {
        const started = performance.now()
        let blocked = false
        const open = indexedDB.open('folio', version)
        const timer = setTimeout(() => reject(new Error('the upgrade hung: an older tab did not step aside')), 10_000)
        open.onblocked = () => (blocked = true)
        open.onupgradeneeded = () => open.result.createObjectStore('fromTheFuture')
        open.onerror = () => reject(open.error ?? new Error('upgrade failed'))
        open.onsuccess = () => {
          clearTimeout(timer)
          open.result.close()
          resolve({ ms: performance.now() - started, blocked })
        }
      }),
    CURRENT + 1,
  )
}

test('a newer tab upgrades the database while this one is open: no hang, no lost write, and this tab says to reload', async ({ page, context }) => {
  await addSampleLibrary(page)
  await page.goto(await articleHref(page, 'Loomings'))
  const like = page.getByRole('button', { name: 'Like', exact: true }).first()
  await like.click()
  await expect(like).toHaveAttribute('aria-pressed', 'true')

  // The newer release opens in a second tab (same origin, the app not even loaded there).
  const newer = await context.newPage()
  await newer.goto('/offline.html')
  const upgrade = await upgradeFromAnotherTab(newer)
  expect(upgrade.ms).toBeLessThan(5_000)

  // This tab closed its connection for the upgrade and says so.
  await expect(page.getByRole('alert')).toContainText('Folio was updated in another tab. Reload to keep reading here.')
  // The like written before the upgrade is in the upgraded database.
  const events = (await readStore(newer, 'interactions')).map(({ value }) => (value as { event: string }).event)
  expect(events).toContain('like')
  expect(await newer.evaluate(() => new Promise((resolve) => (indexedDB.open('folio').onsuccess = (event) => resolve((event.target as IDBOpenDBRequest).result.version))))).toBe(CURRENT + 1)

  // A write this older tab tries now fails visibly (the button goes back), rather than being lost in silence.
  const save = page.getByRole('button', { name: 'Save for later' })
  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByRole('button', { name: 'Saved for later' })).toHaveCount(0)
})
