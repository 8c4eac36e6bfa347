import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watchEffect } from 'vue'
import { getSetting, isThemePreference, setSetting, THEME_MIRROR_KEY, type ThemePreference } from '@/db/settings'

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
  const loaded = ref(false)

  async function load(): Promise<void> {
    theme.value = await getSetting('theme')
    mirrorTheme(theme.value)
    loaded.value = true
  }

  async function setTheme(next: ThemePreference): Promise<void> {
    theme.value = next
    mirrorTheme(next)
    await setSetting('theme', next)
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

  return { theme, loaded, load, setTheme, nextTheme }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
