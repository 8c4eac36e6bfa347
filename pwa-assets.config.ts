import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config'

// Every PNG icon and favicon.ico is generated from public/logo.svg (`npm run icons`).
export default defineConfig({
  preset: minimal2023Preset,
  images: ['public/logo.svg'],
})
