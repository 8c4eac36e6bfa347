import { describe, expect, it } from 'vitest'
import { cacheControlFor, indexHtmlPath } from '../../../server/static-files'

const IMMUTABLE = 'public, max-age=31536000, immutable'

describe('cacheControlFor', () => {
  it.each([
    '/x/dist/assets/index-DyfmmR3-.js',
    '/x/dist/assets/index-AbCdEf12.css',
    '/srv/folio/dist/assets/workbox-window.prod.es5-B9K5rw8f.js',
    '/srv/folio/dist/assets/Reader-a_b-C3d4.js',
    'C:\\folio\\dist\\assets\\index-DyfmmR3-.js',
  ])('hashed vite asset %s is immutable', (path) => {
    expect(cacheControlFor(path)).toBe(IMMUTABLE)
  })

  it.each([
    '/x/dist/sw.js',
    '/x/dist/index.html',
    '/x/dist/manifest.webmanifest',
    '/x/dist/pwa-192x192.png',
    '/x/dist/offline.html',
    '/x/dist/samples/welcome.json',
    '/x/dist/workbox-DyfmmR3-.js', // hashed-looking, but not under assets/
    '/x/dist/assets/logo.svg', // under assets/, but no hash
    '/x/dist/assets/index-short.js', // hash too short (under 8 characters)
    '/x/dist/assets/nested/index-DyfmmR3-', // no extension
  ])('%s must revalidate (no-cache)', (path) => {
    expect(cacheControlFor(path)).toBe('no-cache')
  })
})

describe('indexHtmlPath', () => {
  it('points at index.html inside the build directory', () => {
    expect(indexHtmlPath('/srv/dist').replaceAll('\\', '/')).toBe('/srv/dist/index.html')
  })
})
