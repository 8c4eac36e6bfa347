import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa'

// manifest.webmanifest at the root is the single source of the web app manifest.
const manifest = JSON.parse(
  readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'),
) as Partial<ManifestOptions>

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
}

// A build id that changes only when asked (tests build a second version with FOLIO_BUILD_ID),
// so that identical sources give an identical service worker and no spurious update prompt.
const buildId = process.env.FOLIO_BUILD_ID ?? pkg.version

export default defineConfig({
  define: {
    __FOLIO_BUILD__: JSON.stringify(buildId),
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: process.env.FOLIO_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  plugins: [
    vue(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // Registration lives in src/composables/sw-update.ts (workbox-window), not in an injected script.
      injectRegister: false,
      manifest,
      manifestFilename: 'manifest.webmanifest',
      includeManifestIcons: false,
      injectManifest: {
        // One self-contained classic script: registered with type 'classic' everywhere.
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        // Sample feeds are runtime data (NetworkFirst), not part of the shell.
        globIgnores: ['samples/**', 'sw.js', 'workbox-*.js'],
        // Far above the 2 MiB budget on purpose: workbox-build silently drops larger files, while
        // `npm run size` fails loudly on any precached file over budget.
        maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
})
