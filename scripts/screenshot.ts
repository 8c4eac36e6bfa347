/**
 * Renders the README's pictures: docs/screenshot-phone.png (home with the sample library, light)
 * and docs/screenshot-reader.png (an article on a desktop, dark).
 *   npm run build && npx tsx scripts/screenshot.ts
 */
import { chromium } from '@playwright/test'
import { buildServer } from '../server/app'

const app = await buildServer({ distDir: 'dist' })
await app.listen({ host: '127.0.0.1', port: 0 })
const address = app.server.address()
if (!address || typeof address === 'string') throw new Error('no port')
const origin = `http://127.0.0.1:${address.port}`

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
})
try {
  const phone = await browser.newPage({ viewport: { width: 390, height: 780 }, deviceScaleFactor: 2 })
  await phone.goto(origin)
  await phone.getByRole('button', { name: 'Start with the sample library' }).click()
  await phone.getByText(/^Added \d+ articles/).waitFor()
  await phone.goto(`${origin}/`)
  await phone.getByRole('heading', { name: 'Recently added' }).waitFor()
  await phone.screenshot({ path: 'docs/screenshot-phone.png' })

  const reader = await browser.newPage({ viewport: { width: 1200, height: 780 }, colorScheme: 'dark' })
  await reader.goto(origin)
  await reader.getByRole('button', { name: 'Start with the sample library' }).click()
  await reader.getByText(/^Added \d+ articles/).waitFor()
  await reader.goto(`${origin}/library`)
  await reader.getByRole('link', { name: 'Loomings' }).click()
  await reader.getByText(/Call me Ishmael/).waitFor()
  await reader.screenshot({ path: 'docs/screenshot-reader.png' })
} finally {
  await browser.close()
  await app.close()
}
