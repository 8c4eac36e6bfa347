import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildServer } from './app'
import { indexHtmlPath } from './static-files'

const root = fileURLToPath(new URL('..', import.meta.url))
const distDir = fileURLToPath(new URL('../dist', import.meta.url))
const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? 'localhost'

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`)
  process.exit(2)
}

// `npm start` on a fresh clone: build once, then serve.
if (!existsSync(indexHtmlPath(distDir))) {
  console.error('No build found in dist/: running `npm run build` first…')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const app = await buildServer({ distDir })
await app.listen({ port, host })
console.log(`Folio is being served at http://${host}:${port}/`)
