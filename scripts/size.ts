/**
 * Prints the shell's size budgets for a production build and fails when one is exceeded.
 *   npm run size [-- --dist DIR]
 * Initial JavaScript: the entry module and the modules index.html preloads, gzipped (level 9).
 * Precache: every file in the service worker's precache manifest, as stored.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const KB = 1000
const MiB = 1024 * 1024
const MB = 1000 * KB
const budgets = { initialJsGzip: 90 * KB, precacheTotal: 1.5 * MB, largestPrecached: 2 * MiB }

const distFlag = process.argv.indexOf('--dist')
const dist = distFlag > 0 ? (process.argv[distFlag + 1] ?? 'dist') : 'dist'

function read(path: string): Buffer {
  try {
    return readFileSync(join(dist, path))
  } catch {
    console.error(`size: ${join(dist, path)} is missing; run \`npm run build\` first.`)
    process.exit(2)
  }
}

const html = read('index.html').toString('utf8')
const initialScripts = [...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((match) => match[1] ?? '')
const initialJsGzip = initialScripts.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0)

const sw = read('sw.js').toString('utf8')
const precached = [...new Set([...sw.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((match) => match[1] ?? ''))]
const sizes = precached.map((file) => ({ file, bytes: statSync(join(dist, file)).size })).sort((a, b) => b.bytes - a.bytes)
const precacheTotal = sizes.reduce((sum, entry) => sum + entry.bytes, 0)
const largest = sizes[0] ?? { file: '(none)', bytes: 0 }

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} kB`
const rows: Array<[string, number, number, string]> = [
  ['initial JavaScript (gzip)', initialJsGzip, budgets.initialJsGzip, `${initialScripts.length} files`],
  ['precache total', precacheTotal, budgets.precacheTotal, `${sizes.length} files`],
  ['largest precached file', largest.bytes, budgets.largestPrecached, largest.file],
]
let over = false
for (const [name, value, budget, detail] of rows) {
  const ok = value <= budget
  over ||= !ok
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(27)} ${kb(value).padStart(10)} of ${kb(budget).padStart(10)} (${((value / budget) * 100).toFixed(0)}%)  ${detail}`)
}
console.log('largest precached files:')
for (const { file, bytes } of sizes.slice(0, 5)) console.log(`  ${kb(bytes).padStart(10)}  ${file}`)
if (precached.length === 0 || initialScripts.length === 0) {
  console.error('size: found no precache manifest or no entry script; the build layout changed.')
  process.exit(2)
}
process.exit(over ? 1 : 0)
