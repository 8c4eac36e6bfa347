import type { Page } from '@playwright/test'
import { seriousViolations } from './axe'
import { startFolio } from './folio-server'
import { expect, test } from './fixtures'
import { expectObserverToSeeLongTasks, longest, observeLongTasks, takeLongTasks } from './long-task-observer'

/** Durations of the page's finished fits (src/stores/topics.ts measures each one), in milliseconds. */
const fitDurations = (page: Page): Promise<number[]> => page.evaluate(() => performance.getEntriesByName('folio:topics-fit').map((entry) => Math.round(entry.duration)))

test('the sample library gets topics off the main thread; a topic’s name survives a refit', async ({ browser }, testInfo) => {
  test.setTimeout(300_000)
  const folio = await startFolio({ fullSampleLibrary: true })
  const context = await browser.newContext({ baseURL: folio.origin })
  try {
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await observeLongTasks(page)
    await page.goto('/')
    await page.getByRole('button', { name: 'Start with the sample library' }).click()
    await expect(page.getByText(/^Added \d+ articles from the sample library\.$/)).toBeVisible({ timeout: 150_000 })

    // The ingest's end starts the first fit: from here on the page's work is the fit's, and the Topics page's.
    await takeLongTasks(page)
    const started = Date.now()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }).click()
    await expect(page.getByRole('progressbar', { name: /^Step \d of 3/ })).toBeVisible()
    await expect(page.getByText('Finding the topics in your library for the first time.', { exact: false })).toBeVisible()
    await expect.poll(() => fitDurations(page), { timeout: 120_000 }).toHaveLength(1)
    const firstFitSeconds = (Date.now() - started) / 1000
    const longTasks = await takeLongTasks(page)

    const list = page.getByRole('list', { name: 'Topics' })
    await expect(list.getByRole('listitem')).toHaveCount(14) // √(376 / 2) ≈ 14
    await expect(page.getByRole('status').filter({ hasText: /^Found 14 topics in 376 articles\.$/ })).toBeVisible()
    const whales = list.getByRole('listitem').filter({ has: page.getByRole('img', { name: /strongest first: whale,/ }) }).first()
    await expect(whales.getByRole('heading', { level: 2 })).toContainText('whale')
    await expect(whales).toContainText(/\d+ articles · Coherence -?\d\.\d\d/)
    expect(await seriousViolations(page)).toEqual([])

    // Rename in place, with the keyboard: Escape drops the edit, Enter keeps it.
    await whales.getByRole('button', { name: /^Rename/ }).click()
    const field = whales.getByRole('textbox', { name: /^Name for the topic/ })
    await expect(field).toBeFocused()
    await field.fill('Never mind')
    await field.press('Escape')
    await expect(whales.getByRole('button', { name: /^Rename/ })).toBeFocused()
    await page.keyboard.press('Enter')
    await field.fill('Whaling')
    await field.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'Whaling' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Rename “Whaling”' })).toBeFocused()

    // Cancel stops a refit at once (the worker is ended mid-fit) and keeps the topics as they were.
    await page.getByRole('button', { name: 'Refit topics' }).click()
    await expect(page.getByRole('progressbar')).toBeVisible()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Stopped finding topics; nothing changed.' })).toBeVisible()
    await expect(page.getByRole('progressbar')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 2, name: 'Whaling' })).toBeVisible()
    expect(await fitDurations(page)).toHaveLength(1)

    // A refit finds the same topic again; the name stays with it.
    await page.getByRole('button', { name: 'Refit topics' }).click()
    await expect(page.getByRole('progressbar')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Refit topics' })).toBeDisabled()
    await expect.poll(() => fitDurations(page), { timeout: 120_000 }).toHaveLength(2)
    await expect(page.getByRole('progressbar')).toHaveCount(0)
    await expect(list.getByRole('listitem')).toHaveCount(14)
    await expect(page.getByRole('heading', { level: 2, name: 'Whaling' })).toBeVisible()
    const [fitMs, refitMs] = await fitDurations(page)

    // The topic's page: the chart and its articles, strongest first.
    await page.getByRole('link', { name: 'Whaling' }).click()
    await expect(page).toHaveURL(/\/topics\/\d+$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Whaling')
    await expect(page.getByRole('img', { name: /^Top words of “Whaling”, strongest first: whale,/ })).toBeVisible()
    const articles = page.getByRole('list', { name: 'Articles in this topic' }).getByRole('listitem')
    expect(await articles.count()).toBeGreaterThan(5)
    await expect(articles.first().getByRole('link')).toHaveAttribute('href', /^\/article\//)
    await expect(articles.first()).toContainText(/Moby-Dick; or, The Whale · \d+% this topic/)
    const topicUrl = page.url()
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      expect(await seriousViolations(page), `/topics/:id (${scheme})`).toEqual([])
    }

    // A new session loads the stored model: no refit, the name is still there.
    await page.goto(topicUrl)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Whaling')
    await page.goto('/topics')
    await expect(page.getByRole('heading', { level: 2, name: 'Whaling' })).toBeVisible()
    expect(await seriousViolations(page), '/topics (dark)').toEqual([])
    expect(await fitDurations(page)).toEqual([])
    await expect(page.getByRole('progressbar')).toHaveCount(0)

    // Settings: a fixed number of topics, and the refit it offers.
    await page.goto('/settings')
    const count = page.getByRole('combobox', { name: 'Number of topics' })
    await expect(count.getByRole('option', { name: 'Automatic (14 for your library)' })).toBeAttached()
    await count.selectOption('8')
    await page.getByRole('button', { name: 'Refit topics now' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Found 8 topics in 376 articles.' })).toBeVisible({ timeout: 120_000 })
    await page.getByRole('link', { name: 'See the topics' }).click()
    await expect(page.getByRole('list', { name: 'Topics' }).getByRole('listitem')).toHaveCount(8)

    const figures = {
      articles: 376,
      topics: 14,
      firstFitSeconds: Number(firstFitSeconds.toFixed(1)),
      fitMs,
      refitMs,
      longTasksDuringFit: longTasks.length,
      longestTaskMs: longest(longTasks),
    }
    console.log(`sample library topics: ${JSON.stringify(figures)}`)
    await testInfo.attach('figures', { body: JSON.stringify(figures), contentType: 'application/json' })
    expect(figures.longestTaskMs).toBeLessThanOrEqual(50)
    expect(problems).toEqual([])
    await expectObserverToSeeLongTasks(page)
  } finally {
    await context.close()
    await folio.close()
  }
})
