import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
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

/**
 * pluralize (used by syllable, the reading-level facet) is a UMD module that takes its CommonJS
 * branch only when `require` is a function. Rolldown's CommonJS wrapper passes no `require`, so it
 * fell through to `this.pluralize = …` and its default import was an object, not the function
 * (the recommendations worker threw). Take the CommonJS branch whenever `module` exists.
 */
function pluralizeUmdFix(): Plugin {
  const check = "typeof require === 'function' && typeof exports === 'object'"
  return {
    name: 'folio:pluralize-umd',
    transform(code, id) {
      if (!/node_modules[\\/]pluralize[\\/]pluralize\.js$/.test(id)) return null
      if (!code.includes(check)) throw new Error('pluralize changed its UMD header: check folio:pluralize-umd in vite.config.ts')
      return code.replace(check, "typeof exports === 'object'")
    },
  }
}

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
  worker: {
    plugins: () => [pluralizeUmdFix()],
  },
  plugins: [
    pluralizeUmdFix(),
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
