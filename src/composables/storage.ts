import { getSetting, setSetting } from '@/db/settings'

export interface StorageReport {
  usage: number | null
  quota: number | null
  persisted: boolean | null
}

/**
 * Asks the browser to keep Folio's data under storage pressure, once, after the first meaningful
 * save (asking on first visit is refused or annoys). Returns whether storage is persistent.
 */
export async function requestPersistenceOnce(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null
  if (await navigator.storage.persisted()) return true
  if (await getSetting('persistenceRequested')) return false
  await setSetting('persistenceRequested', true)
  return navigator.storage.persist()
}

export async function readStorageReport(): Promise<StorageReport> {
  if (!navigator.storage?.estimate) return { usage: null, quota: null, persisted: null }
  const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted()])
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted }
}

/** 1536 → "1.5 KB"; decimal units, as browsers show storage. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}
