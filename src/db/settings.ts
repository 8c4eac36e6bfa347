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

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'

/** What a stored value must be to be used; anything else (old or tampered data) means the default. */
const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  theme: (value): value is ThemePreference => value === 'system' || value === 'light' || value === 'dark',
  persistenceRequested: isBoolean,
  onboarded: isBoolean,
}

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  const stored: unknown = await (await getDb()).get('settings', key)
  return validators[key](stored) ? stored : DEFAULT_SETTINGS[key]
}

/** The theme is also kept in localStorage so main.ts can apply it before the first paint. */
export const THEME_MIRROR_KEY = 'folio-theme'

export function isThemePreference(value: unknown): value is ThemePreference {
  return validators.theme(value)
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await (await getDb()).put('settings', value, key)
}
