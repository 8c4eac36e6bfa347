import { getDb } from './index'

export type ThemePreference = 'system' | 'light' | 'dark'

/** How the reader sets text; `theme: 'app'` follows the app's theme. */
export interface ReaderPreferences {
  /** Multiplies the base text size; FONT_SCALES lists the steps. */
  fontScale: number
  lineHeight: 'compact' | 'normal' | 'relaxed'
  measure: 'narrow' | 'medium' | 'wide'
  font: 'serif' | 'sans'
  theme: 'app' | 'light' | 'dark' | 'sepia'
}

export const FONT_SCALES: readonly number[] = [0.85, 0.93, 1, 1.1, 1.2, 1.35, 1.5, 1.7]

export const DEFAULT_READER: Readonly<ReaderPreferences> = Object.freeze({
  fontScale: 1,
  lineHeight: 'normal',
  measure: 'medium',
  font: 'serif',
  theme: 'app',
})

const oneOf =
  <T extends string>(...values: T[]) =>
  (value: unknown): value is T =>
    values.includes(value as T)

const isReaderPreferences = (value: unknown): value is ReaderPreferences => {
  if (typeof value !== 'object' || value === null) return false
  const prefs = value as Record<keyof ReaderPreferences, unknown>
  return (
    FONT_SCALES.includes(prefs.fontScale as number) &&
    oneOf('compact', 'normal', 'relaxed')(prefs.lineHeight) &&
    oneOf('narrow', 'medium', 'wide')(prefs.measure) &&
    oneOf('serif', 'sans')(prefs.font) &&
    oneOf('app', 'light', 'dark', 'sepia')(prefs.theme)
  )
}

/** The fixed numbers of topics a person may choose; `null` (automatic) follows the library's size. */
export const TOPIC_COUNT_RANGE = Object.freeze({ min: 3, max: 50 })

/** Names people gave topics, by the topic's stable key (src/db/model.ts). */
export type TopicNames = Readonly<Record<string, string>>

/** Every setting with its type; unknown or malformed stored values fall back to the default. */
export interface Settings {
  theme: ThemePreference
  /** Set once `navigator.storage.persist()` has been asked, so it is asked only once. */
  persistenceRequested: boolean
  onboarded: boolean
  reader: ReaderPreferences
  /** Number of topics to fit; null means automatic (`defaultTopicCount` of the library size). */
  topicCount: number | null
  topicNames: TopicNames
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  persistenceRequested: false,
  onboarded: false,
  reader: DEFAULT_READER,
  topicCount: null,
  topicNames: Object.freeze({}),
})

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'

const isTopicCount = (value: unknown): value is number | null =>
  value === null || (Number.isInteger(value) && (value as number) >= TOPIC_COUNT_RANGE.min && (value as number) <= TOPIC_COUNT_RANGE.max)

const isTopicNames = (value: unknown): value is TopicNames =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((name) => typeof name === 'string')

/** What a stored value must be to be used; anything else (old or tampered data) means the default. */
const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  theme: oneOf('system', 'light', 'dark'),
  persistenceRequested: isBoolean,
  onboarded: isBoolean,
  reader: isReaderPreferences,
  topicCount: isTopicCount,
  topicNames: isTopicNames,
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
