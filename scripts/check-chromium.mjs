// Fails early, with what to do, when the browser tests have no Chromium to drive.
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  console.error(`No Chromium at ${path}. Install Debian's: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`)
  process.exit(1)
}
