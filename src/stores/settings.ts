import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watchEffect } from 'vue'
import { getSetting, setSetting, type ThemePreference } from '@/db/settings'

export const useSettingsStore = defineStore('settings', () => {
  const theme = ref<ThemePreference>('system')
  const loaded = ref(false)

  async function load(): Promise<void> {
    theme.value = await getSetting('theme')
    loaded.value = true
  }

  async function setTheme(next: ThemePreference): Promise<void> {
    theme.value = next
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
