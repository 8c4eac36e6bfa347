import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watchEffect } from 'vue'
import {
  DEFAULT_READER,
  FONT_SCALES,
  getSetting,
  isThemePreference,
  setSetting,
  THEME_MIRROR_KEY,
  type ReaderPreferences,
  type ThemePreference,
} from '@/db/settings'

function mirrorTheme(theme: ThemePreference): void {
  try {
    localStorage.setItem(THEME_MIRROR_KEY, theme)
  } catch {
    // storage disabled: the theme still applies once IndexedDB answers
  }
}

/** The mirrored theme, readable synchronously before the app mounts. */
export function mirroredTheme(): ThemePreference {
  try {
    const value = localStorage.getItem(THEME_MIRROR_KEY)
    return isThemePreference(value) ? value : 'system'
  } catch {
    return 'system'
  }
}

export const useSettingsStore = defineStore('settings', () => {
  const theme = ref<ThemePreference>(typeof localStorage === 'undefined' ? 'system' : mirroredTheme())
  const reader = ref<ReaderPreferences>({ ...DEFAULT_READER })
  /** Number of topics to fit; null = automatic (src/ml/topics/topic-count.ts). */
  const topicCount = ref<number | null>(null)
  const loaded = ref(false)

  async function load(): Promise<void> {
    reader.value = await getSetting('reader')
    theme.value = await getSetting('theme')
    topicCount.value = await getSetting('topicCount')
    mirrorTheme(theme.value)
    loaded.value = true
  }

  async function setTheme(next: ThemePreference): Promise<void> {
    theme.value = next
    mirrorTheme(next)
    await setSetting('theme', next)
  }

  async function setReader(patch: Partial<ReaderPreferences>): Promise<void> {
    const next: ReaderPreferences = { ...reader.value, ...patch }
    reader.value = next
    await setSetting('reader', next) // a fresh plain object: nothing reactive goes to IndexedDB
  }

  /** Takes effect at the next fit (the Settings page offers one). */
  async function setTopicCount(next: number | null): Promise<void> {
    topicCount.value = next
    await setSetting('topicCount', next)
  }

  /** One step bigger (+1) or smaller (−1) text, within FONT_SCALES. */
  async function stepFontScale(direction: 1 | -1): Promise<void> {
    const index = FONT_SCALES.indexOf(reader.value.fontScale)
    const next = FONT_SCALES[Math.min(FONT_SCALES.length - 1, Math.max(0, (index < 0 ? 2 : index) + direction))]
    if (next !== undefined && next !== reader.value.fontScale) await setReader({ fontScale: next })
  }

  /** light → dark → system → light: one button walks every choice. */
  function nextTheme(current: ThemePreference): ThemePreference {
    return current === 'light' ? 'dark' : current === 'dark' ? 'system' : 'light'
  }

  // The document carries the choice; CSS falls back to prefers-color-scheme for 'system'.
  if (typeof document !== 'undefined') {
    watchEffect(() => {
      if (theme.value === 'system') delete document.documentElement.dataset.theme
      else document.documentElement.dataset.theme = theme.value
    })
  }

  return { theme, reader, topicCount, loaded, load, setTheme, nextTheme, setReader, setTopicCount, stepFontScale }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
