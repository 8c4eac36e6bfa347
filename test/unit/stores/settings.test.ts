// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { getDb } from '@/db'
import { DEFAULT_READER, FONT_SCALES, getSetting } from '@/db/settings'
import { useSettingsStore } from '@/stores/settings'
import { resetIndexedDb } from '../db/reset'

describe('settings store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
    delete document.documentElement.dataset.theme
  })

  it('persists the theme and marks the document, leaving "system" to the media query', async () => {
    const settings = useSettingsStore()
    await settings.load()
    expect(settings.theme).toBe('system')

    await settings.setTheme('dark')
    await nextTick()
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(await getSetting('theme')).toBe('dark')

    await settings.setTheme('system')
    await nextTick()
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })

  it('reloads the stored theme in a new session', async () => {
    await useSettingsStore().setTheme('light')
    setActivePinia(createPinia())
    const fresh = useSettingsStore()
    await fresh.load()
    expect(fresh.theme).toBe('light')
  })

  it('cycles light → dark → system → light', () => {
    const { nextTheme } = useSettingsStore()
    expect(nextTheme('light')).toBe('dark')
    expect(nextTheme('dark')).toBe('system')
    expect(nextTheme('system')).toBe('light')
  })

  it('steps the reader text size within its scale and keeps the other reader settings', async () => {
    const settings = useSettingsStore()
    await settings.load()
    await settings.setReader({ font: 'sans' })
    for (let step = 0; step < 20; step += 1) await settings.stepFontScale(1)
    expect(settings.reader.fontScale).toBe(FONT_SCALES.at(-1))
    for (let step = 0; step < 20; step += 1) await settings.stepFontScale(-1)
    expect(settings.reader.fontScale).toBe(FONT_SCALES[0])
    expect(settings.reader.font).toBe('sans')
    expect(await getSetting('reader')).toEqual({ ...DEFAULT_READER, font: 'sans', fontScale: FONT_SCALES[0] })
  })

  it('ignores stored reader settings that are malformed', async () => {
    await (await getDb()).put('settings', { ...DEFAULT_READER, fontScale: 99 }, 'reader')
    expect(await getSetting('reader')).toEqual(DEFAULT_READER)
  })
})
