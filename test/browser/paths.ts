import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The production build that `npm run build` made. */
export const DIST_A = `${ROOT}dist`
/** A second build with another build id, for the update test. */
export const DIST_B = `${ROOT}.cache/dist-b`
export const BUILD_B = 'test-b'
