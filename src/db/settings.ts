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

/** Topic-profile half-lives a person may choose, in days: a day forgets at once, a year barely at all. */
export const HALF_LIFE_RANGE = Object.freeze({ min: 1, max: 365 })

/**
 * Trainer thumbs by trainer value: facet values ('length:long', 'source:<id>', …) and topics as
 * 'topic-key:<stable key>' (never positions, which change with every fit). +1 surfaces, −1 hides.
 */
export type TrainerThumbs = Readonly<Record<string, 1 | -1>>

/**
 * An ingest task that was running, written when it starts and cleared when it ends: found at the
 * next start, it means Folio closed mid-task. URL work is run again (ingest skips what is already
 * stored); a file cannot be read again without the person, so they are asked to choose it again.
 */
export interface UnfinishedIngest {
  label: string
  resume: { kind: 'subscribe'; urls: readonly string[] } | { kind: 'sample' } | { kind: 'files'; names: readonly string[] }
  startedAt: number
}

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
  trainer: TrainerThumbs
  /** Onboarding picks: trainer values ('topic-key:3', 'length:quick'). */
  interests: readonly string[]
  /** Micro-genre slugs always offered, or never offered, as home rows. */
  followedGenres: readonly string[]
  hiddenGenres: readonly string[]
  /** Reading signals lose half their weight every this many days. */
  halfLifeDays: number
  unfinishedIngest: UnfinishedIngest | null
  /** True while the topics store folds in or fits: still true at a start means a closed tab cut it short. */
  topicsUnfinished: boolean
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  persistenceRequested: false,
  onboarded: false,
  reader: DEFAULT_READER,
  topicCount: null,
  topicNames: Object.freeze({}),
  trainer: Object.freeze({}),
  interests: Object.freeze([]),
  followedGenres: Object.freeze([]),
  hiddenGenres: Object.freeze([]),
  halfLifeDays: 14,
  unfinishedIngest: null,
  topicsUnfinished: false,
})

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'

const isTopicCount = (value: unknown): value is number | null =>
  value === null || (Number.isInteger(value) && (value as number) >= TOPIC_COUNT_RANGE.min && (value as number) <= TOPIC_COUNT_RANGE.max)

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const isTopicNames = (value: unknown): value is TopicNames => isPlainObject(value) && Object.values(value).every((name) => typeof name === 'string')

const isTrainer = (value: unknown): value is TrainerThumbs => isPlainObject(value) && Object.values(value).every((thumb) => thumb === 1 || thumb === -1)

const isStringList = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

const isHalfLife = (value: unknown): value is number => typeof value === 'number' && value >= HALF_LIFE_RANGE.min && value <= HALF_LIFE_RANGE.max

function isUnfinishedIngest(value: unknown): value is UnfinishedIngest | null {
  if (value === null) return true
  if (!isPlainObject(value) || typeof value.label !== 'string' || typeof value.startedAt !== 'number' || !isPlainObject(value.resume)) return false
  const { resume } = value
  if (resume.kind === 'sample') return true
  if (resume.kind === 'subscribe') return isStringList(resume.urls)
  return resume.kind === 'files' && isStringList(resume.names)
}

/** What a stored value must be to be used; anything else (old or tampered data) means the default. */
const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  theme: oneOf('system', 'light', 'dark'),
  persistenceRequested: isBoolean,
  onboarded: isBoolean,
  reader: isReaderPreferences,
  topicCount: isTopicCount,
  topicNames: isTopicNames,
  trainer: isTrainer,
  interests: isStringList,
  followedGenres: isStringList,
  hiddenGenres: isStringList,
  halfLifeDays: isHalfLife,
  unfinishedIngest: isUnfinishedIngest,
  topicsUnfinished: isBoolean,
}

/** Whether `key` names a setting and `value` is one it may hold (a backup's settings are checked with it). */
export function isSettingValue(key: string, value: unknown): boolean {
  return Object.hasOwn(validators, key) && validators[key as keyof Settings](value)
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
