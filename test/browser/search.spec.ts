import { addSampleLibrary, expect, test, waitForServiceWorker } from './fixtures'

test('search works offline: prefix and fuzzy matches, highlighted, from the saved index', async ({ page, context }) => {
  await page.goto('/')
  await waitForServiceWorker(page)
  await addSampleLibrary(page)

  // A fresh page offline: the index is read from IndexedDB, not rebuilt from the articles.
  await context.setOffline(true)
  const cold = await context.newPage()
  await cold.goto('/search')
  const box = cold.getByLabel('Search your library')
  await box.fill('Ishm') // prefix
  await expect(cold.getByRole('main').getByRole('status')).toHaveText('1 result for “Ishm”')
  const result = cold.getByRole('list', { name: 'Search results' }).getByRole('listitem')
  await expect(result.getByRole('heading')).toHaveText('Loomings')

  await box.fill('Gettysbur') // prefix of a title word, marked in the title
  await expect(cold.getByRole('link', { name: 'Address at Gettysburg' })).toBeVisible()
  await expect(result.getByRole('heading').locator('mark')).toHaveText('Gettysburg')
  await box.fill('delibrately') // one letter missing: fuzzy
  await expect(cold.getByRole('link', { name: 'Where I Lived, and What I Lived For' })).toBeVisible()

  // The query is in the URL: back from an article restores the results.
  await cold.getByRole('link', { name: 'Where I Lived, and What I Lived For' }).click()
  await expect(cold.getByRole('heading', { level: 1 })).toHaveText('Where I Lived, and What I Lived For')
  await cold.goBack()
  await expect(cold.getByLabel('Search your library')).toHaveValue('delibrately')
  await expect(cold.getByRole('link', { name: 'Where I Lived, and What I Lived For' })).toBeVisible()

  // Latency of each query through the worker (User Timing marks from the search client).
  const durations = await cold.evaluate(() => performance.getEntriesByName('folio:search').map((entry) => entry.duration))
  expect(durations.length).toBeGreaterThanOrEqual(3)
  const sorted = [...durations].sort((a, b) => a - b)
  console.log(`search latency: ${JSON.stringify({ queries: sorted.length, medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), maxMs: Math.round(sorted.at(-1) ?? 0) })}`)
})
