import { getDb } from './index'

export type ThemePreference = 'system' | 'light' | 'dark'

/** Every setting with its type; unknown or malformed stored values fall back to the default. */
export interface Settings {
  theme: ThemePreference
  /** Set once `navigator.storage.persist()` has been asked, so it is asked only once. */
  persistenceRequested: boolean
  onboarded: boolean
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  persistenceRequested: false,
  onboarded: false,
})

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  const stored = await (await getDb()).get('settings', key)
  const fallback = DEFAULT_SETTINGS[key]
  return typeof stored === typeof fallback ? (stored as Settings[K]) : fallback
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await (await getDb()).put('settings', value, key)
}
