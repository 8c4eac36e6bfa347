import { startFolio } from './folio-server'
import { expect, test } from './fixtures'
import { expectObserverToSeeLongTasks, longest, observeLongTasks, takeLongTasks } from './long-task-observer'

test('the whole sample library ingests off the main thread and is listed', async ({ browser }, testInfo) => {
  test.setTimeout(180_000)
  const folio = await startFolio({ fullSampleLibrary: true })
  const context = await browser.newContext({ baseURL: folio.origin })
  try {
    const page = await context.newPage()
    await observeLongTasks(page)
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Start with the sample library' })).toBeVisible()
    await takeLongTasks(page)

    const started = Date.now()
    await page.getByRole('button', { name: 'Start with the sample library' }).click()
    await expect(page.getByRole('progressbar')).toBeVisible()
    await expect(page.getByText(/^Added \d+ articles from the sample library\.$/)).toBeVisible({ timeout: 150_000 })
    const ingestSeconds = (Date.now() - started) / 1000
    const longTasks = await takeLongTasks(page)

    await page.goto('/library')
    const count = Number((await page.getByText(/^\d+ articles$/).textContent())?.trim().split(' ')[0])
    expect(count).toBeGreaterThanOrEqual(368)
    // Virtualized: only the cards near the viewport are in the DOM.
    const list = page.getByRole('list', { name: 'Articles in your library' })
    expect(await list.getByRole('listitem').count()).toBeLessThan(40)

    await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest')
    await expect(list.getByRole('link').first()).toHaveText('State of the Union, 1790 (George Washington)')
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(page.getByRole('link', { name: 'Welcome to Folio' })).toBeVisible() // the newest, last
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Moby-Dick; or, The Whale' })
    await expect(page.getByText(/^138 of \d+ articles$/)).toBeVisible()
    await page.getByRole('combobox', { name: 'Sort' }).selectOption('newest') // ties keep the feed's order
    await expect(page.getByRole('link', { name: 'Chapter 1. Loomings' })).toBeVisible()

    const figures = {
      articles: count,
      ingestSeconds: Number(ingestSeconds.toFixed(1)),
      longTasksDuringIngest: longTasks.length,
      longestTaskMs: longest(longTasks),
    }
    console.log(`sample library: ${JSON.stringify(figures)}`)

    // Search over the whole library, from the saved index.
    await page.goto('/search')
    for (const query of ['whale', 'emancipation', 'Ahab harpoon', 'constitution']) {
      await page.getByLabel('Search your library').fill(query)
      await expect(page.getByRole('main').getByRole('status')).toHaveText(new RegExp(`results? for “${query}”`))
    }
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible()
    const searches = await page.evaluate(() => performance.getEntriesByName('folio:search').map((entry) => Math.round(entry.duration)))
    console.log(`sample library search ms (first loads the saved index): ${JSON.stringify(searches)}`)

    await expectObserverToSeeLongTasks(page, 120)
    await testInfo.attach('figures', { body: JSON.stringify(figures), contentType: 'application/json' })
  } finally {
    await context.close()
    await folio.close()
  }
})
