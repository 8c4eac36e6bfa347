import { readFileSync } from 'node:fs'
import { addSampleLibrary, expect, readStore, test, waitForServiceWorker } from './fixtures'

interface ManifestIcon {
  src: string
  sizes: string
  type: string
  purpose?: string
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

test('links a complete manifest whose icons have their stated sizes', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe('/manifest.webmanifest')
  const response = await request.get(href ?? '')
  expect(response.headers()['content-type']).toContain('application/manifest+json')
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] }

  const source = JSON.parse(readFileSync('manifest.webmanifest', 'utf8')) as Record<string, unknown>
  for (const field of ['id', 'name', 'short_name', 'description', 'start_url', 'scope', 'theme_color', 'background_color']) {
    expect(manifest[field], field).toBeTruthy()
    expect(manifest[field], field).toEqual(source[field])
  }
  expect(manifest.display).toBe('standalone')
  expect(manifest.shortcuts).toEqual([
    expect.objectContaining({ name: 'Library', url: expect.stringMatching(/^\/library/) }),
    expect.objectContaining({ name: 'Search', url: expect.stringMatching(/^\/search/) }),
  ])
  expect(manifest.share_target).toEqual({
    action: '/share',
    method: 'GET',
    params: { title: 'title', text: 'text', url: 'url' },
  })

  const icons = manifest.icons
  expect(icons.some((icon) => icon.sizes === '192x192' && icon.purpose !== 'maskable')).toBe(true)
  expect(icons.some((icon) => icon.sizes === '512x512' && icon.purpose !== 'maskable')).toBe(true)
  expect(icons.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable')).toBe(true)
  const appleTouch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  expect(appleTouch).toBeTruthy()
  for (const icon of [...icons, { src: appleTouch ?? '', sizes: '180x180', type: 'image/png' }]) {
    const iconResponse = await request.get(icon.src)
    expect(iconResponse.status(), icon.src).toBe(200)
    expect(iconResponse.headers()['content-type']).toBe(icon.type)
    expect(pngSize(await iconResponse.body()), icon.src).toBe(icon.sizes)
  }
})

test('the service worker activates, controls the page and says the app works offline', async ({ page }) => {
  await page.goto('/')
  await waitForServiceWorker(page)
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return { active: registration?.active?.state, url: registration?.active?.scriptURL, controlled: !!navigator.serviceWorker.controller }
  })
  expect(state).toEqual({ active: 'activated', url: expect.stringMatching(/\/sw\.js$/), controlled: true })
  await expect(page.getByText('Ready to read offline.')).toBeVisible()
  await page.getByRole('button', { name: 'Got it' }).click()
  await expect(page.getByText('Ready to read offline.')).toBeHidden()
})

test('every page renders a heading and the navigation; no script error or CSP violation', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await addSampleLibrary(page)
  const pages: Array<[string, string]> = [
    ['/', 'Read next'],
    ['/library', 'Library'],
    ['/topics', 'Topics'],
    ['/topics/3', 'Topic 3'],
    ['/genre/long-reads', 'Genre'],
    ['/search', 'Search'],
    ['/settings', 'Settings'],
    ['/share?url=https://example.org/a', 'Save a shared link'],
    ['/no/such/page', 'Page not found'],
  ]
  for (const [path, heading] of pages) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(5)
  }
  expect(problems).toEqual([])
})

test('narrow screens get a bottom bar; wide screens a sidebar', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/library')
  const nav = page.getByRole('navigation', { name: 'Main' })
  let box = await nav.boundingBox()
  expect(box && Math.round(box.y + box.height)).toBe(740)
  expect(box?.width).toBe(375)

  await page.setViewportSize({ width: 1280, height: 800 })
  box = await nav.boundingBox()
  expect(box && box.x).toBeLessThan(20)
  expect(box && box.width).toBeLessThan(300)
  expect(box && box.y).toBeLessThan(200)
})

test('the theme follows the system until the person picks one, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/settings')
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(await background()).toBe('rgb(17, 22, 29)')

  await page.getByRole('radio', { name: 'Light' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await background()).toBe('rgb(251, 250, 247)')

  await page.reload()
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked()
  expect(await background()).toBe('rgb(251, 250, 247)')

  await page.getByRole('button', { name: /Theme: light\. Change theme/ }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('offers Install when the browser allows it and shows the prompt on click', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Install' })).toHaveCount(0)
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>
    event.prompt = () => {
      ;(window as unknown as { promptShown: boolean }).promptShown = true
      return Promise.resolve()
    }
    event.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' })
    window.dispatchEvent(event)
  })
  await page.getByRole('button', { name: 'Install' }).click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { promptShown?: boolean }).promptShown)).toBe(true)
  await expect(page.getByRole('button', { name: 'Install' })).toHaveCount(0)
})

test.describe('on iPhone Safari', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  })
  test('shows the Add to Home Screen steps', async ({ page }) => {
    await page.goto('/')
    const install = page.getByRole('button', { name: 'Install' })
    await install.click()
    await expect(install).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('heading', { name: 'Add Folio to your Home Screen' })).toBeVisible()
    await expect(page.getByText('Add to Home Screen', { exact: true })).toBeVisible()
  })
})

test('a shared link is kept for later, and storage is asked to persist after the first save', async ({ page, context }) => {
  await page.goto('/share?title=A%20headline&text=Read%20this%20https%3A%2F%2Fexample.org%2Fstory')
  await expect(page.getByText('https://example.org/story')).toBeVisible()
  await context.setOffline(true) // shared on a train: kept until the connection returns
  await page.getByRole('button', { name: 'Save for later' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'You are offline: the page will be fetched when the connection returns.' })).toBeVisible()
  expect((await readStore(page, 'pending')).map((entry) => entry.value)).toEqual([
    expect.objectContaining({ url: 'https://example.org/story', title: 'A headline' }),
  ])
  await expect.poll(async () => readStore(page, 'settings')).toContainEqual({ key: 'persistenceRequested', value: true })

  await context.setOffline(false)
  await page.goto('/settings')
  await expect(page.getByTestId('storage-estimate')).toHaveText(/Folio uses [\d.]+ (bytes|KB|MB|GB) of the [\d.]+ (KB|MB|GB|TB) this browser allows\./)
})
