import type { Page } from '@playwright/test'
import { expect, test, waitForServiceWorker } from './fixtures'
import { expectObserverToSeeLongTasks, longest, observeLongTasks, takeLongTasks } from './long-task-observer'

const ARTICLES = 20_000

/** Writes `count` article summaries (no bodies: the list never reads them) and their source. */
async function seedLibrary(page: Page, count: number): Promise<void> {
  await page.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('folio')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error ?? new Error('open failed'))
    })
    const tx = db.transaction(['sources', 'articles'], 'readwrite')
    tx.objectStore('sources').put({ id: 'bulk', kind: 'feed', title: 'Bulk feed', url: 'https://bulk.example/feed', addedAt: 0, etag: null, lastModified: null, fetchedAt: Date.now() })
    const words = 'harbour lantern ferry river weather council market school bridge station'.split(' ')
    for (let index = 0; index < total; index += 1) {
      const wordCount = 200 + ((index * 37) % 6000)
      tx.objectStore('articles').put({
        id: `a${index}`,
        sourceId: 'bulk',
        url: `https://bulk.example/${index}`,
        documentUrl: null,
        title: `Article ${index}: the ${words[index % 10]} and the ${words[(index * 3) % 10]}`,
        author: `Writer ${index % 97}`,
        publishedAt: Date.UTC(2000, 0, 1) + index * 3_600_000,
        addedAt: 1_700_000_000_000 + index,
        wordCount,
        readingMinutes: Math.max(1, Math.round(wordCount / 238)),
        language: 'en',
        tags: [words[index % 10] as string, `year-${2000 + (index % 20)}`],
        summary: `A short summary of article ${index}. It talks about the ${words[(index * 7) % 10]}. Then it ends.`,
      })
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'))
    })
    db.close()
  }, count)
}

test('the library stays smooth at 20,000 articles: scrolling and filtering without long tasks', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await observeLongTasks(page)
  await page.goto('/')
  await waitForServiceWorker(page)
  await seedLibrary(page, ARTICLES)

  const started = Date.now()
  await page.goto('/library')
  await expect(page.getByText(`${ARTICLES} articles`, { exact: true })).toBeVisible({ timeout: 30_000 })
  const loadMs = Date.now() - started
  const loadTasks = await takeLongTasks(page)

  // Scroll through the list in steps, as a flick would, then filter and sort.
  const list = page.getByRole('list', { name: 'Articles in your library' })
  for (let step = 1; step <= 20; step += 1) {
    await page.evaluate((fraction) => window.scrollTo(0, document.documentElement.scrollHeight * fraction), step / 21)
    await page.waitForTimeout(30)
  }
  expect(await list.getByRole('listitem').count()).toBeLessThan(40)
  await page.evaluate(() => window.scrollTo(0, 0))
  const scrollTasks = await takeLongTasks(page)

  await page.getByRole('combobox', { name: 'Sort' }).selectOption('shortest')
  await expect(list.getByRole('link').first()).toHaveText(/^Article \d+/)
  await page.getByRole('combobox', { name: 'Tag' }).selectOption({ index: 1 })
  await expect(page.getByText(/^2000 of 20000 articles$/)).toBeVisible()
  const filterTasks = await takeLongTasks(page)

  const figures = {
    articles: ARTICLES,
    listShownMs: loadMs,
    longestTaskWhileLoadingMs: longest(loadTasks),
    longestTaskWhileScrollingMs: longest(scrollTasks),
    longestTaskWhileFilteringMs: longest(filterTasks),
  }
  console.log(`library at 20,000 articles: ${JSON.stringify(figures)}`)
  await testInfo.attach('figures', { body: JSON.stringify(figures), contentType: 'application/json' })
  expect(figures.longestTaskWhileScrollingMs).toBeLessThanOrEqual(50)
  expect(figures.longestTaskWhileFilteringMs).toBeLessThanOrEqual(50)
  await expectObserverToSeeLongTasks(page)
})
