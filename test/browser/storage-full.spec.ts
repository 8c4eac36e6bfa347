import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'
import { seriousViolations } from './axe'
import { addSampleLibrary, articleHref, expect, readStore, test, waitForServiceWorker } from './fixtures'

const DAY = 24 * 60 * 60 * 1000

/** Text that compresses badly (IndexedDB compresses values), in words the tokenizer accepts. */
const noise = (chars: number): string => (randomBytes(Math.ceil((chars * 3) / 4)).toString('base64').match(/.{1,9}/g) ?? []).join(' ')

const feedFile = (name: string, title: string, count: number, chars: number) => ({
  name,
  mimeType: 'application/feed+json',
  buffer: Buffer.from(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title,
      items: Array.from({ length: count }, (_, index) => ({ id: `${name}-${index}`, title: `${title} ${index + 1}`, content_text: noise(chars) })),
    }),
  ),
})

/**
 * Gives this origin `bytes` of quota, as DevTools does. Set before the app first opens IndexedDB:
 * Chromium works out an open database's remaining space when it opens, so a later change is not
 * seen by IndexedDB until it reopens.
 */
async function limitQuota(page: Page, origin: string, bytes: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes })
  return cdp
}

/**
 * Fills what is left of the quota with a separate database of incompressible data, in smaller and
 * smaller pieces until even 256 bytes do not fit. Folio's own stores are not touched.
 */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ballast', 1)
      open.onupgradeneeded = () => open.result.createObjectStore('blocks', { autoIncrement: true })
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error ?? new Error('no ballast database'))
    })
    const put = (bytes: number): Promise<boolean> =>
      new Promise((resolve) => {
        const block = new Uint8Array(bytes)
        for (let offset = 0; offset < bytes; offset += 65536) crypto.getRandomValues(block.subarray(offset, Math.min(bytes, offset + 65536)))
        const tx = db.transaction('blocks', 'readwrite')
        tx.objectStore('blocks').add(block)
        tx.oncomplete = () => resolve(true)
        tx.onabort = () => resolve(false)
      })
    let written = 0
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 256]) {
      while (await put(size)) written += size
    }
    db.close()
    return written
  })
}

async function importFile(page: Page, file: ReturnType<typeof feedFile>): Promise<void> {
  await page.goto('/add')
  await page.getByLabel('Import', { exact: true }).setInputFiles([file])
}

test('full storage: a refused import changes nothing, the person is told and frees space, then it works', async ({ page, folio }) => {
  test.setTimeout(120_000)
  await limitQuota(page, folio.origin, 12_000_000)
  await page.goto('/')
  await waitForServiceWorker(page)
  await addSampleLibrary(page)

  // An archive read long ago, and pictures the service worker kept for offline reading.
  await importFile(page, feedFile('archive.json', 'Archive', 3, 250_000))
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('archive.json: “Archive”: 3 new articles.')
  const archiveIds = (await readStore(page, 'articles')).map(({ value }) => value as { id: string; title: string }).filter(({ title }) => title.startsWith('Archive ')).map(({ id }) => id)
  expect(archiveIds).toHaveLength(3)
  await page.evaluate(
    ({ ids, finishedAt }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('folio')
        open.onsuccess = () => {
          const tx = open.result.transaction('progress', 'readwrite')
          for (const articleId of ids) tx.objectStore('progress').put({ articleId, fraction: 1, updatedAt: finishedAt, finishedAt })
          tx.oncomplete = () => resolve(open.result.close())
          tx.onerror = () => reject(tx.error ?? new Error('progress write failed'))
        }
      }),
    { ids: archiveIds, finishedAt: Date.now() - 60 * DAY },
  )
  for (const index of [1, 2, 3]) await writeFile(join(folio.samplesDir, `photo-${index}.png`), randomBytes(50_000))
  await page.evaluate(async () => {
    for (const index of [1, 2, 3]) {
      const image = new Image()
      image.src = `/samples/photo-${index}.png`
      await new Promise((resolve) => (image.onload = image.onerror = resolve))
    }
  })
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('folio-media-v1')).keys()).length)).toBe(3)

  // No room left.
  expect(await fillStorage(page)).toBeGreaterThan(1_000_000)
  const articlesBefore = await readStore(page, 'articles')
  const bodiesBefore = await readStore(page, 'bodies')
  const big = feedFile('big.json', 'Big', 2, 100_000)
  await importFile(page, big)

  const notice = page.getByRole('region', { name: 'Storage is full' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Folio could not save the new articles: this device has no room left for it.')
  await expect(notice.getByRole('heading', { name: 'Storage is full' })).toBeFocused()
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(/^big\.json: There is no storage space left for saving “Big”, so nothing was added\./)
  expect(await readStore(page, 'articles')).toEqual(articlesBefore)
  expect(await readStore(page, 'bodies')).toEqual(bodiesBefore)
  expect(await seriousViolations(page)).toEqual([])

  // The notice offers what can go; both free space.
  await notice.getByRole('button', { name: 'Clear 3 cached images' }).click()
  await expect(notice.getByRole('status')).toHaveText('Cleared 3 cached images. Pictures load again when you are online.')
  expect(await page.evaluate(() => caches.has('folio-media-v1'))).toBe(false)
  await notice.getByRole('button', { name: 'Delete 3 articles finished over 30 days ago' }).click()
  await expect(notice.getByRole('status')).toHaveText('Deleted 3 finished articles.')
  const remaining = (await readStore(page, 'articles')).map(({ value }) => (value as { id: string }).id)
  expect(remaining.filter((id) => archiveIds.includes(id))).toEqual([])
  expect(remaining).toHaveLength(articlesBefore.length - 3)
  await notice.getByRole('button', { name: 'Close' }).click()
  await expect(notice).toHaveCount(0)

  // Trying again now fits.
  await importFile(page, big)
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('big.json: “Big”: 2 new articles.')
  await expect(notice).toHaveCount(0)
})

test('full storage: a refused "Save for later" is taken back and explained; a refused picture cache is reported', async ({ page, folio }) => {
  await limitQuota(page, folio.origin, 8_000_000)
  await page.goto('/')
  await waitForServiceWorker(page)
  await addSampleLibrary(page)
  await page.goto(await articleHref(page, 'Loomings'))
  const save = page.getByRole('button', { name: 'Save for later' })
  await expect(save).toHaveAttribute('aria-pressed', 'false')

  await fillStorage(page)
  await save.click()
  const notice = page.getByRole('region', { name: 'Storage is full' })
  await expect(notice).toContainText('this article for later')
  await expect(notice).toContainText('this device has no room left for it')
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await expect(notice.getByRole('heading', { name: 'Storage is full' })).toBeFocused()

  await notice.getByRole('button', { name: 'Close' }).click()
  await expect(notice).toHaveCount(0)
  await expect(save).toBeFocused() // focus goes back where it was
  // Closed means closed: the same failure again does not bring the notice back.
  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await expect(notice).toHaveCount(0)
  expect((await readStore(page, 'interactions')).map(({ value }) => (value as { event: string }).event)).not.toContain('save')

  // The service worker's picture cache runs out too: the page still gets the picture, and is told
  // (a new failure, so the notice opens again). The cache is emptied, which frees some room.
  await writeFile(join(folio.samplesDir, 'large-photo.png'), randomBytes(400_000))
  const status = await page.evaluate(async () => {
    const image = new Image()
    image.src = '/samples/large-photo.png'
    await new Promise((resolve) => (image.onload = image.onerror = resolve))
    return (await fetch('/samples/large-photo.png', { cache: 'no-store' })).status
  })
  expect(status).toBe(200)
  await expect(notice).toContainText('pictures for offline reading')

  // Room again: the same click is saved.
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('ballast').onsuccess = resolve)))
  await page.reload()
  await save.click()
  await expect(page.getByRole('button', { name: 'Saved for later' })).toHaveAttribute('aria-pressed', 'true')
})
