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
  await expect(page.getByText(/^Call me Ishmael\./)).toBeVisible()

  // Halfway through the article's text (More like this and the trainer follow it on the page).
  await page.evaluate(() => {
    const body = document.querySelector('.article-body')!.getBoundingClientRect()
    window.scrollTo(0, window.scrollY + body.top + body.height / 2 - window.innerHeight / 2)
  })
  await expect.poll(async () => Number(await progressbar.getAttribute('aria-valuenow'))).toBeGreaterThan(10)
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

  // More like this and the trainer may still be loading below the article and move the page's end:
  // scroll until the end holds, as a reader would keep scrolling.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(page.getByText('You finished this article.')).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await expect
    .poll(async () => (await readStore(page, 'interactions')).map((entry) => (entry.value as { event: string }).event))
    .toContain('finish')
  const [progress] = await readStore(page, 'progress')
  expect((progress?.value as { finishedAt: number | null }).finishedAt).not.toBeNull()
})

test('a bigger font keeps the same text at the reading line; keys move between articles; sepia passes axe', async ({ page }) => {
  await addSampleLibrary(page)
  const href = await articleHref(page, 'Loomings')
  await page.goto(href)
  const progressbar = page.getByRole('progressbar', { name: 'Reading progress' })
  // Scroll only once the article is laid out (before that the page is too short to scroll).
  await expect(page.getByText(/^Call me Ishmael\./)).toBeVisible()
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.6))
  await expect.poll(async () => Number(await progressbar.getAttribute('aria-valuenow'))).toBeGreaterThan(20)
  const before = Number(await progressbar.getAttribute('aria-valuenow'))
  const fontSize = () => page.evaluate(() => getComputedStyle(document.querySelector('.article-body') as Element).fontSize)
  const sizeBefore = await fontSize()

  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await expect.poll(fontSize).not.toBe(sizeBefore)
  // Same text at the reading line: the fraction stays within a couple of percent.
  await page.waitForTimeout(300) // let the resize re-anchoring and the next measure settle
  await page.evaluate(() => window.dispatchEvent(new Event('scroll')))
  await expect.poll(async () => Math.abs(Number(await progressbar.getAttribute('aria-valuenow')) - before)).toBeLessThanOrEqual(2)

  await page.getByRole('button', { name: 'Text settings' }).click()
  await page.getByRole('radio', { name: 'Sepia' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-reader-theme', 'sepia')
  const AxeBuilder = (await import('@axe-core/playwright')).default
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])

  // j goes to the next article in library order, k comes back; leaving the article ends the sepia page.
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('j')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First Annual Message to Congress')
  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loomings')
  await page.goto('/library')
  await expect(page.locator('html')).not.toHaveAttribute('data-reader-theme', /.+/)
})

test('like, save for later and share; the choices are kept', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await addSampleLibrary(page)
  await page.goto(await articleHref(page, 'Address at Gettysburg'))
  const like = page.getByRole('button', { name: 'Like', exact: true })
  await like.click()
  await expect(like).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Dislike' }).click()
  await expect(like).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByRole('button', { name: 'Dislike' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Save for later' }).click()
  await expect(page.getByRole('button', { name: 'Saved for later' })).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await expect(page.getByRole('button', { name: 'Dislike' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: 'Saved for later' })).toHaveAttribute('aria-pressed', 'true')

  // Without a share sheet the link goes to the clipboard…
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }))
  await page.getByRole('button', { name: 'Share' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://en.wikisource.org/wiki/Gettysburg_Address')

  // …and with one, the sheet gets the title and the original's URL.
  await page.evaluate(() => {
    const shared: ShareData[] = []
    ;(window as unknown as { shared: ShareData[] }).shared = shared
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()), configurable: true })
  })
  await page.getByRole('button', { name: 'Share' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
    .toEqual([{ title: 'Address at Gettysburg', url: 'https://en.wikisource.org/wiki/Gettysburg_Address' }])
})
