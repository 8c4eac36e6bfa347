import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { recordInteraction } from '@/db/interactions'
import { getSetting, setSetting } from '@/db/settings'
import type * as RecsClient from '@/recs/recs-client'
import { invalidateRecs } from '@/recs/recs-client'
import type { HomeView } from '@/recs/recs-view'
import { useIngestStore } from '@/stores/ingest'
import { useReaderStore } from '@/stores/reader'
import { useRecsStore } from '@/stores/recs'
import { fitAndSave } from '@/topics/topic-jobs'
import { resetIndexedDb } from '../db/reset'
import { storeThemes } from '../topics/corpus'

// Counts the worker's home computations; `hold` keeps the next one's result until released.
const client = vi.hoisted(() => ({ homes: 0, hold: null as Promise<void> | null, fail: false }))
vi.mock('@/recs/recs-client', async (importOriginal) => {
  const actual = await importOriginal<typeof RecsClient>()
  return {
    ...actual,
    loadHome: async (): Promise<HomeView> => {
      client.homes++
      if (client.fail) throw new Error('worker crashed')
      const view = await actual.loadHome()
      const hold = client.hold
      client.hold = null
      if (hold) await hold
      return view
    },
  }
})

const forYou = (home: HomeView | null): string[] => home?.rows.find((row) => row.kind === 'for-you')?.cards.map((card) => card.id) ?? []

// No Worker in Node: the recs client runs the worker's jobs in this thread, on fake-indexeddb.
describe('recs store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    await invalidateRecs() // the in-page jobs outlive a test
    setActivePinia(createPinia())
    Object.assign(client, { homes: 0, hold: null, fail: false })
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    await fitAndSave({ k: 3 })
  })

  it('loads the settings and the home, and offers onboarding to a new reader until it is done', async () => {
    await setSetting('halfLifeDays', 30)
    const recs = useRecsStore()
    expect(recs.home).toBeNull()
    await recs.refresh()
    expect(recs.home).toMatchObject({ stage: 'cold-start', hasModel: true, articleCount: 36 })
    expect(recs.halfLifeDays).toBe(30)
    expect(recs.showOnboarding).toBe(true)
    await recs.completeOnboarding(['length:quick'])
    expect(recs.showOnboarding).toBe(false)
    expect(await getSetting('onboarded')).toBe(true)
    expect(await getSetting('interests')).toEqual(['length:quick'])
    expect(recs.home?.stage).toBe('profile')
  })

  it('reads the taste settings without computing rows, and a change before any rows were shown computes none', async () => {
    await setSetting('trainer', { 'length:long': 1 })
    const recs = useRecsStore()
    await recs.loadSettings()
    expect(recs.thumbs).toEqual({ 'length:long': 1 })
    await recs.setThumb('tone:somber', -1)
    expect(await getSetting('trainer')).toEqual({ 'length:long': 1, 'tone:somber': -1 })
    expect(client.homes).toBe(0)
    expect(recs.home).toBeNull()
    // Once rows are shown, a change recomputes them.
    await recs.refresh()
    await recs.setThumb('tone:somber', null)
    expect(client.homes).toBe(2)
  })

  it('does not offer onboarding to a reader with history', async () => {
    await recordInteraction('sea-1', 'open')
    const recs = useRecsStore()
    await recs.refresh()
    expect(recs.showOnboarding).toBe(false)
  })

  it('collapses concurrent refreshes into one more, which never loses to an older one', async () => {
    const recs = useRecsStore()
    await recs.refresh()
    const hidden = forYou(recs.home)[0]!
    expect(client.homes).toBe(1)
    let release = (): void => undefined
    client.hold = new Promise((resolve) => (release = resolve))
    const stale = recs.refresh() // computes before the hide, then waits
    await vi.waitFor(() => expect(client.hold).toBeNull())
    await recordInteraction(hidden, 'hide')
    const later = [recs.refresh(), recs.refresh(), recs.refresh()]
    release()
    await Promise.all([stale, ...later])
    expect(client.homes).toBe(3)
    expect(forYou(recs.home)).not.toContain(hidden)
  })

  it('hides an article and brings it back', async () => {
    const recs = useRecsStore()
    await recs.refresh()
    const id = forYou(recs.home)[1]!
    await recs.hideArticle(id, true)
    expect(recs.home?.rows.flatMap((row) => row.cards.map((card) => card.id))).not.toContain(id)
    await recs.hideArticle(id, false)
    expect(forYou(recs.home)).toContain(id)
  })

  it('saves trainer thumbs, followed and hidden genres, and the half-life', async () => {
    const recs = useRecsStore()
    await recs.refresh()
    await recs.setThumb('length:quick', 1)
    await recs.setThumb('length:epic', -1)
    await recs.setThumb('length:quick', null)
    expect(recs.thumbs).toEqual({ 'length:epic': -1 })
    expect(await getSetting('trainer')).toEqual({ 'length:epic': -1 })

    const slug = recs.home!.rows.find((row) => row.kind === 'genre')!.slug
    await recs.followGenre(slug, true)
    expect(recs.home!.rows.find((row) => row.slug === slug)?.followed).toBe(true)
    await recs.hideGenre(slug, true)
    expect(recs.home!.rows.some((row) => row.slug === slug)).toBe(false)
    expect(await getSetting('followedGenres')).toEqual([])
    expect(await getSetting('hiddenGenres')).toEqual([slug])

    await recs.setHalfLife(60)
    expect(await getSetting('halfLifeDays')).toBe(60)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await recs.setHalfLife(0)
    expect(recs.error).toMatch(/could not save/)
    expect(await getSetting('halfLifeDays')).toBe(60)
  })

  it('turns a failure into a sentence for people', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    client.fail = true
    const recs = useRecsStore()
    await recs.refresh()
    expect(recs.error).toBe('Folio could not work out suggestions. Try again.')
    expect(logged).toHaveBeenCalled()
    client.fail = false
    await recs.refresh()
    expect(recs.error).toBeNull()
  })

  it('follows ingests once the home is shown, and reader interactions only then', async () => {
    const recs = useRecsStore()
    await useReaderStore().open('sea-2')
    expect(client.homes).toBe(0)
    await recs.refresh()
    await useIngestStore().run('Importing', async () => {
      await storeThemes({ farm: 2 }, 100)
      return null
    })
    await vi.waitFor(() => expect(recs.home?.articleCount).toBe(38))
    const homes = client.homes
    await useReaderStore().open('sea-3')
    await vi.waitFor(() => expect(client.homes).toBe(homes + 1))
    await vi.waitFor(() => expect(recs.home?.rows[0]?.kind).toBe('continue'))
  })
})
