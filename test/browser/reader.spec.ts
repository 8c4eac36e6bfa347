import { addSampleLibrary, articleHref, expect, readStore, test, waitForServiceWorker } from './fixtures'

test.use({ viewport: { width: 390, height: 560 } })

test('reading position is kept as a fraction of the text, survives an offline reload, and the end marks it finished', async ({ page, context }) => {
  await page.goto('/')
  await waitForServiceWorker(page)
  await addSampleLibrary(page)
  const href = await articleHref(page, 'Loomings')
  await page.goto(href)
  const progressbar = page.getByRole('progressbar', { name: 'Reading progress' })
  await expect(progressbar).toHaveAttribute('aria-valuenow', '0')

  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2))
  await expect.poll(async () => Number(await progressbar.getAttribute('aria-valuenow'))).toBeGreaterThan(20)
  const percent = Number(await progressbar.getAttribute('aria-valuenow'))
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(percent).toBeLessThan(90)

  // Saved within a second, as a fraction.
  await expect
    .poll(async () => (await readStore(page, 'progress')).map((entry) => Math.round((entry.value as { fraction: number }).fraction * 100)))
    .toEqual([percent])

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loomings')
  await expect.poll(async () => Number(await progressbar.getAttribute('aria-valuenow'))).toBe(percent)
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(30)

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await expect(page.getByText('You finished this article.')).toBeVisible()
  await expect
    .poll(async () => (await readStore(page, 'interactions')).map((entry) => (entry.value as { event: string }).event))
    .toContain('finish')
  const [progress] = await readStore(page, 'progress')
  expect((progress?.value as { finishedAt: number | null }).finishedAt).not.toBeNull()
})
