import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { DIST_A, DIST_B, BUILD_B } from './paths'

/**
 * Build A is the production build (`npm run build`, which `npm test` runs first). Build B is the
 * same source with another build id, so its assets, precache manifest and sw.js all differ: the
 * update test serves A, then B, on the same origin.
 */
export default function globalSetup(): void {
  if (!existsSync(`${DIST_A}/index.html`)) {
    throw new Error('No production build in dist/: run `npm run build` before the browser tests.')
  }
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, FOLIO_BUILD_ID: BUILD_B, FOLIO_OUT_DIR: DIST_B },
  })
  if (build.status !== 0) throw new Error(`Building version B failed (exit ${build.status})`)
}
