import type { Locator, Page } from '@playwright/test'
import { seriousViolations } from './axe'
import { expect, readStore, test } from './fixtures'
import { startFolio } from './folio-server'

const WHALING: [string, string, string] = ['Chapter 32. Cetology', 'Chapter 42. The Whiteness of The Whale', 'Chapter 55. Of the Monstrous Pictures of Whales']
const SOTU = 'State of the Union addresses, 1790–2021'

/** Durations of the page's finished topic fits (src/stores/topics.ts measures each one). */
const fitCount = (page: Page): Promise<number> => page.evaluate(() => performance.getEntriesByName('folio:topics-fit').length)

/** The stored article ids by title (the library list is virtual: not every link is in the DOM). */
async function idsByTitle(page: Page): Promise<Map<string, string>> {
  const entries = await readStore(page, 'articles')
  return new Map(entries.map(({ value }) => [(value as { title: string }).title, (value as { id: string }).id]))
}

/** The home rows' headings, in order. */
const rowTitles = (page: Page): Promise<string[]> => page.locator('main section.rec-row h2').allTextContents()

/** Each card of a row: its title, its source line and its reason. */
async function cardsOf(row: Locator): Promise<{ title: string; meta: string; reason: string }[]> {
  return row.locator('article.rec-card').evaluateAll((cards) =>
    cards.map((card) => ({
      title: card.querySelector('.rec-title')?.textContent?.trim() ?? '',
      meta: card.querySelector('.meta')?.textContent?.trim() ?? '',
      reason: card.querySelector('.reason')?.textContent?.trim() ?? '',
    })),
  )
}

const homeRow = (page: Page, title: string | RegExp): Locator => page.locator('main section.rec-row').filter({ has: page.getByRole('heading', { level: 2, name: title }) })

async function readToTheEnd(page: Page, id: string): Promise<void> {
  await page.goto(`/article/${encodeURIComponent(id)}`)
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeVisible()
  // More like this and the trainer load below the article and move the page's end: scroll until the end holds.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(page.getByText('You finished this article.')).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  // The position is saved a second after it moves: wait for the finish before leaving the page.
  // Generous: the first visits also fill the recommendations worker's IndexedDB caches (text facets,
  // word counts for the whole library), and a clean-clone CI run once took over 10 s to record it.
  await expect
    .poll(async () => (await readStore(page, 'interactions')).some(({ value }) => (value as { articleId: string; event: string }).articleId === id && (value as { event: string }).event === 'finish'), { timeout: 45_000 })
    .toBe(true)
}

test('onboarding, then reading three whaling chapters changes the home rows and their reasons; genres and the trainer steer them', async ({ browser }) => {
  test.setTimeout(300_000)
  const folio = await startFolio({ fullSampleLibrary: true })
  const context = await browser.newContext({ baseURL: folio.origin })
  try {
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    await page.goto('/')
    await page.getByRole('button', { name: 'Start with the sample library' }).click()
    await expect(page.getByText(/^Added \d+ articles from the sample library\.$/)).toBeVisible({ timeout: 150_000 })
    await expect.poll(() => fitCount(page), { timeout: 120_000 }).toBe(1)

    // Cold start: the topics, each with its words and two sample titles, and the lengths.
    await page.goto('/')
    const onboarding = page.getByRole('region', { name: 'What would you like to read?' })
    await expect(onboarding).toBeVisible({ timeout: 30_000 })
    const topics = onboarding.getByRole('group', { name: 'Topics in your library' }).getByRole('checkbox')
    expect(await topics.count()).toBeGreaterThanOrEqual(10)
    await expect(onboarding.getByRole('group', { name: 'Lengths' }).getByRole('checkbox').first()).toBeVisible()
    await expect(onboarding.getByText('whale', { exact: false }).first()).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])

    // Skipping gives the sampler: one strong article per topic.
    await onboarding.getByRole('button', { name: 'Skip' }).click()
    // The step is gone: focus goes to the first row, not to the page's body.
    await expect(page.getByRole('heading', { level: 2, name: 'For you' })).toBeFocused()
    const forYou = homeRow(page, 'For you')
    await expect(forYou.getByText('A little of every topic in your library')).toBeVisible()
    const before = { rows: await rowTitles(page), forYou: await cardsOf(forYou) }
    expect(before.forYou.length).toBeGreaterThanOrEqual(5)
    expect(before.rows).not.toContain('Continue reading')
    expect(before.rows.some((title) => title.startsWith('Because you read'))).toBe(false)
    expect(await seriousViolations(page)).toEqual([])

    // Read three whaling chapters to their end.
    const ids = await idsByTitle(page)
    for (const title of WHALING) await readToTheEnd(page, ids.get(title)!)
    await expect.poll(async () => (await readStore(page, 'interactions')).filter(({ value }) => (value as { event: string }).event === 'finish').length).toBe(3)

    // The rows follow the reading, and say so.
    await page.goto('/')
    await expect(homeRow(page, `Because you read “${WHALING[2]}”`)).toBeVisible()
    const after = { rows: await rowTitles(page), forYou: await cardsOf(forYou) }
    expect(after.rows).not.toEqual(before.rows)
    expect(after.forYou.map((card) => card.title)).not.toEqual(before.forYou.map((card) => card.title))
    expect(await forYou.locator('.row-reason').textContent()).toMatch(/^Because you (read|liked) “Chapter \d+\./)
    // Mostly Moby-Dick now, each card with its own reason, and none of the chapters already read.
    const fromMobyDick = after.forYou.filter((card) => card.meta.startsWith('Moby-Dick'))
    expect(fromMobyDick.length).toBeGreaterThanOrEqual(after.forYou.length / 2)
    expect(after.forYou.filter((card) => card.reason.startsWith('Because you read “Chapter')).length).toBeGreaterThanOrEqual(3)
    for (const title of WHALING) expect(after.forYou.map((card) => card.title)).not.toContain(title)
    expect(after.forYou.every((card) => card.reason.length > 0)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])

    // Not interested takes a card away; Undo brings it back.
    const first = after.forYou[0]!
    await forYou.getByRole('button', { name: `Not interested in “${first.title}”` }).click()
    await expect(forYou.getByRole('link', { name: first.title, exact: true })).toHaveCount(0)
    await page.getByRole('button', { name: /^Undo/ }).click()
    await expect(forYou.getByRole('link', { name: first.title, exact: true })).toBeVisible()

    // A micro-genre: its page, Follow, and the row says Following.
    const genreRow = page.locator('main section.rec-row').filter({ has: page.getByRole('link', { name: /^See all/ }) }).first()
    const genreName = (await genreRow.getByRole('heading', { level: 2 }).textContent())!.trim()
    // Its reason is in words ("Long read · 1860s · Topic: …"), not facet ids ("long · 1860s").
    await expect(genreRow.locator('.row-reason')).toHaveText(/^([A-Z0-9][^·]* · )*(Topic: .+|[A-Z0-9][^·]*)$/)
    await expect(genreRow.locator('.row-reason')).not.toHaveText(/(^|· )(quick|short|long|epic|upbeat|balanced|somber|speech|essay|topic:)( |$)/)
    await genreRow.getByRole('link', { name: /^See all/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(genreName)
    await expect(page).toHaveTitle(new RegExp(`^${genreName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    expect(await page.locator('main article.rec-card').count()).toBeGreaterThanOrEqual(5)
    await page.getByRole('button', { name: 'Follow' }).click()
    await expect(page.getByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true')
    expect(await seriousViolations(page)).toEqual([])
    await page.goto('/')
    await expect(homeRow(page, genreName).getByText('Following', { exact: true })).toBeVisible()

    // The reader: More like this after a whaling chapter is mostly Moby-Dick; the trainer hides a source.
    await page.goto(`/article/${encodeURIComponent(ids.get(WHALING[1])!)}`)
    const more = page.getByRole('region', { name: 'More like this' })
    await expect(more.locator('article.rec-card').first()).toBeVisible()
    const similar = await cardsOf(more)
    expect(similar.filter((card) => card.meta.startsWith('Moby-Dick')).length).toBeGreaterThanOrEqual(similar.length / 2)
    expect(await seriousViolations(page)).toEqual([])
    const sotuId = [...ids].find(([title]) => /Annual Message|State of the Union/i.test(title))?.[1]
    const sotuSource = (await readStore(page, 'sources')).map(({ value }) => value as { id: string; title: string }).find((source) => source.title === SOTU)?.id
    await page.goto(`/article/${encodeURIComponent(sotuId!)}`)
    const trainer = page.getByRole('region', { name: 'Tune your suggestions' })
    const down = trainer.getByRole('button', { name: new RegExp(`^Thumbs down: ${SOTU}`) })
    await down.click()
    await expect(down).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(async () => (await readStore(page, 'settings')).find(({ key }) => key === 'trainer')?.value).toMatchObject({ [`source:${sotuSource}`]: -1 })
    await page.goto('/')
    await expect(forYou.locator('article.rec-card').first()).toBeVisible()
    const metas = await page.locator('main section.rec-row article.rec-card .meta').allTextContents()
    expect(metas.length).toBeGreaterThan(0)
    expect(metas.filter((meta) => meta.includes(SOTU))).toEqual([])

    expect(problems).toEqual([])
  } finally {
    await context.close()
    await folio.close()
  }
})
