import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@/db'
import { getSetting, setSetting } from '@/db/settings'
import { resetIndexedDb } from './reset'

/** Writes a raw value as old or tampered data would be. */
async function storeRaw(key: string, value: unknown): Promise<void> {
  await (await getDb()).put('settings', value, key)
}

describe('suggestion settings', () => {
  beforeEach(resetIndexedDb)

  it('defaults to no thumbs, interests or genres and a 14-day half-life', async () => {
    expect(await getSetting('trainer')).toEqual({})
    expect(await getSetting('interests')).toEqual([])
    expect(await getSetting('followedGenres')).toEqual([])
    expect(await getSetting('hiddenGenres')).toEqual([])
    expect(await getSetting('halfLifeDays')).toBe(14)
  })

  it('reads back what was saved', async () => {
    await setSetting('trainer', { 'length:long': 1, 'topic-key:4': -1 })
    await setSetting('interests', ['topic-key:2', 'length:quick'])
    await setSetting('followedGenres', ['somber-long'])
    await setSetting('hiddenGenres', ['speeches-1860s'])
    await setSetting('halfLifeDays', 30)
    expect(await getSetting('trainer')).toEqual({ 'length:long': 1, 'topic-key:4': -1 })
    expect(await getSetting('interests')).toEqual(['topic-key:2', 'length:quick'])
    expect(await getSetting('followedGenres')).toEqual(['somber-long'])
    expect(await getSetting('hiddenGenres')).toEqual(['speeches-1860s'])
    expect(await getSetting('halfLifeDays')).toBe(30)
  })

  it('falls back to the defaults for malformed values', async () => {
    await storeRaw('trainer', { 'length:long': 2 })
    await storeRaw('interests', ['topic-key:2', 3])
    await storeRaw('followedGenres', 'somber-long')
    await storeRaw('hiddenGenres', null)
    await storeRaw('halfLifeDays', 0)
    expect(await getSetting('trainer')).toEqual({})
    expect(await getSetting('interests')).toEqual([])
    expect(await getSetting('followedGenres')).toEqual([])
    expect(await getSetting('hiddenGenres')).toEqual([])
    expect(await getSetting('halfLifeDays')).toBe(14)
    await storeRaw('trainer', ['length:long'])
    await storeRaw('halfLifeDays', 366)
    expect(await getSetting('trainer')).toEqual({})
    expect(await getSetting('halfLifeDays')).toBe(14)
    await storeRaw('halfLifeDays', Number.NaN)
    expect(await getSetting('halfLifeDays')).toBe(14)
    await storeRaw('halfLifeDays', 1)
    expect(await getSetting('halfLifeDays')).toBe(1)
  })
})
