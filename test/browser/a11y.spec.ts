import { seriousViolations } from './axe'
import { addSampleLibrary, articleHref, expect, test } from './fixtures'

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Start with the sample library' })).toBeVisible()
    const report: Record<string, string[]> = { 'home (empty)': await seriousViolations(page) }

    await addSampleLibrary(page)
    const article = await articleHref(page, 'Welcome to Folio')
    const pages = ['/', '/library', article, '/topics', '/topics/1', '/genre/long-reads', '/search', '/add', '/settings', '/share?url=https://example.org/', '/missing']
    for (const path of pages) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      report[path] = await seriousViolations(page)
    }
    await page.goto('/search')
    await page.getByLabel('Search your library').fill('whale')
    report['/search with a query'] = await seriousViolations(page)

    expect(report).toEqual(Object.fromEntries(Object.keys(report).map((key) => [key, []])))
  })
}

test('the main controls are reachable and usable with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  // The offer appears once the library is known to be empty: wait for it, as a reader would.
  await expect(page.getByRole('button', { name: 'Start with the sample library' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Start with the sample library' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^Added \d+ articles/)).toBeVisible()
})
