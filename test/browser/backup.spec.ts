import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { seriousViolations } from './axe'
import { addSampleLibrary, articleHref, expect, test } from './fixtures'
import { startFolio } from './folio-server'

const WELCOME_TITLES = ['Welcome to Folio', 'Address at Gettysburg', 'Loomings', 'First Annual Message to Congress', 'Where I Lived, and What I Lived For']

/** Errors the page logs or throws, for asserting there were none. */
function collectProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

test('a backup exported from one profile restores the library, likes and settings into a fresh one', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000)
  const problems = collectProblems(page)
  await addSampleLibrary(page)

  // Like an article and give one trainer thumb; choose a longer half-life in Settings.
  await page.goto(await articleHref(page, 'Loomings'))
  const like = page.getByRole('button', { name: 'Like', exact: true })
  await like.click()
  await expect(like).toHaveAttribute('aria-pressed', 'true')
  const thumbUp = page.getByRole('region', { name: 'Tune your suggestions' }).getByRole('button', { name: /^Thumbs up: / }).first()
  const thumbName = (await thumbUp.textContent())!.trim()
  await thumbUp.click()
  await expect(thumbUp).toHaveAttribute('aria-pressed', 'true')
  await page.goto('/settings')
  await page.getByLabel('Reading counts half as much after').selectOption('30')
  await expect(page.getByText('Reading now counts half as much after 30 days.')).toBeVisible()
  const thumbs = (p: Page) => p.getByRole('heading', { name: 'Your thumbs' }).locator('xpath=following-sibling::ul[1]')
  const thumbLabel = (await thumbs(page).getByRole('listitem').first().locator('span').first().textContent())!.split('·')[0]!.trim()
  expect(await seriousViolations(page)).toEqual([])

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()])
  expect(download.suggestedFilename()).toMatch(/^folio-backup-\d{4}-\d\d-\d\d\.json$/)
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  await expect(page.getByRole('status').filter({ hasText: /^Exported 5 articles \(.+\) to folio-backup-/ })).toBeVisible()
  const backup = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; feed: { version: string; items: Array<{ title: string }> } }
  expect(backup).toMatchObject({ format: 'folio-backup', version: 1, feed: { version: 'https://jsonfeed.org/version/1.1' } })
  expect(backup.feed.items.map((item) => item.title).sort()).toEqual([...WELCOME_TITLES].sort())

  // A fresh profile on another origin: its own IndexedDB, nothing in it.
  const second = await startFolio()
  const context = await browser.newContext({ baseURL: second.origin })
  try {
    const fresh = await context.newPage()
    const freshProblems = collectProblems(fresh)
    await fresh.goto('/settings')
    const picker = fresh.getByLabel('Restore from backup…')

    // A file from a newer Folio is refused, with the reason, and changes nothing.
    await picker.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...backup, version: 2 })) })
    await expect(fresh.getByRole('alert')).toHaveText('This backup was made by a newer Folio (format version 2). Update Folio to restore it. Your library is unchanged.')

    await picker.setInputFiles(file)
    const warning = fresh.getByRole('group').filter({ hasText: 'replaces your whole library' })
    await expect(warning).toContainText('with the 5 articles of this backup')
    await expect(warning.locator('p')).toBeFocused()
    expect(await seriousViolations(fresh)).toEqual([])
    await warning.getByRole('button', { name: 'Replace my library' }).click()
    await expect(fresh.getByRole('status').filter({ hasText: /^Restored 5 articles, 1 source, \d+ reading events, \d+ reading positions? and \d+ settings\.$/ })).toBeVisible({ timeout: 30_000 })
    await expect(fresh.getByRole('alert')).toHaveCount(0)

    // The taste settings came back (read again by the open page), and Settings still passes axe.
    await expect(fresh.getByLabel('Reading counts half as much after')).toHaveValue('30')
    await expect(thumbs(fresh)).toContainText(thumbLabel)
    expect(await seriousViolations(fresh)).toEqual([])

    // The library, the liked flag and the trainer thumb, as the reader shows them.
    await fresh.goto('/library')
    const list = fresh.getByRole('list', { name: 'Articles in your library' })
    for (const title of WELCOME_TITLES) await expect(list.getByRole('link', { name: title, exact: true })).toBeVisible()
    await list.getByRole('link', { name: 'Loomings', exact: true }).click()
    await expect(fresh.getByRole('button', { name: 'Like', exact: true })).toHaveAttribute('aria-pressed', 'true')
    await expect(fresh.getByRole('button', { name: thumbName })).toHaveAttribute('aria-pressed', 'true')

    // Search was rebuilt from the restored articles.
    await fresh.goto('/search')
    await fresh.getByLabel('Search your library').fill('Ishm')
    await expect(fresh.getByRole('list', { name: 'Search results' }).getByRole('heading')).toHaveText('Loomings')
    expect([...problems, ...freshProblems]).toEqual([])
  } finally {
    await context.close()
    await second.close()
  }
})
