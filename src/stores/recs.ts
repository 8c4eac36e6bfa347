import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { countInteractions, recordInteraction } from '@/db/interactions'
import { getSetting, HALF_LIFE_RANGE, setSetting } from '@/db/settings'
import { invalidateRecs, loadGenre, loadHome, loadMoreLikeThis, loadOnboarding, loadTrainerValues } from '@/recs/recs-client'
import type { GenreView, HomeView, OnboardingView, RecCard, TrainerValue } from '@/recs/recs-view'

export type Thumb = 1 | -1

/** Adds or removes one item of a list, giving a fresh plain array (nothing reactive goes to IndexedDB). */
const toggled = (list: readonly string[], item: string, present: boolean): string[] => [...list.filter((entry) => entry !== item), ...(present ? [item] : [])]

/**
 * Suggestions: the home rows (recomputed in the recommendations worker), genre pages, More like
 * this, onboarding, and what the person tells Folio outright (trainer thumbs, followed and hidden
 * genres, hidden articles).
 */
export const useRecsStore = defineStore('recs', () => {
  /** The last computed home screen; null until the first `refresh()` ends. */
  const home = shallowRef<HomeView | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  /** Trainer thumbs by trainer value ('length:long', 'topic-key:3', 'source:<id>', …). */
  const thumbs = ref<Record<string, Thumb>>({})
  const followedGenres = ref<string[]>([])
  const hiddenGenres = ref<string[]>([])
  /** Topic-profile half-life in days (setting, default 14). */
  const halfLifeDays = ref(14)
  // Until read, assume an onboarded reader with history, so onboarding never flashes up.
  const onboarded = ref(true)
  const hasInteractions = ref(true)
  /** True when the onboarding step should show: a model exists, the person has not onboarded and has no interactions. */
  const showOnboarding = computed(() => !!home.value?.hasModel && !onboarded.value && !hasInteractions.value && home.value.stage === 'cold-start')

  let settingsRead: Promise<void> | null = null
  let running: Promise<void> | null = null
  let queued: Promise<void> | null = null

  function fail(message: string, caught: unknown): void {
    error.value = message
    console.error(caught)
  }

  function readSettings(): Promise<void> {
    settingsRead ??= Promise.all([getSetting('trainer'), getSetting('followedGenres'), getSetting('hiddenGenres'), getSetting('halfLifeDays'), getSetting('onboarded')]).then(
      ([trainer, followed, hidden, days, done]) => {
        thumbs.value = { ...trainer }
        followedGenres.value = [...followed]
        hiddenGenres.value = [...hidden]
        halfLifeDays.value = days
        onboarded.value = done
      },
      (caught: unknown) => {
        settingsRead = null // read again on the next refresh
        throw caught
      },
    )
    return settingsRead
  }

  async function computeHome(): Promise<void> {
    loading.value = true
    try {
      await readSettings()
      const [next, interactions] = await Promise.all([loadHome(), countInteractions()])
      home.value = next
      hasInteractions.value = interactions > 0
      error.value = null
    } catch (caught) {
      fail('Folio could not work out suggestions. Try again.', caught)
    } finally {
      loading.value = false
    }
  }

  /** Loads settings (once) and recomputes the home rows in the worker. */
  function refresh(): Promise<void> {
    // One computation at a time; calls during it share one more, which starts after it and so
    // sees every change made before them: the latest state wins, never a stale one.
    if (!running) {
      running = computeHome().finally(() => (running = null))
      return running
    }
    queued ??= running.then(() => {
      queued = null
      return refresh()
    })
    return queued
  }

  /** Articles or the model changed (ingest, fit, fold-in, deletion): reassemble, then refresh. */
  async function invalidate(): Promise<void> {
    try {
      await invalidateRecs()
    } catch (caught) {
      fail('Folio could not update suggestions. Try again.', caught)
      return
    }
    // A home never shown needs no recomputing: it is computed when first asked for.
    if (home.value || running) await refresh()
  }

  /** Runs a lookup in the worker; a failure becomes `error` and `fallback`. */
  async function ask<T>(lookup: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await lookup()
    } catch (caught) {
      fail('Folio could not load these suggestions. Try again.', caught)
      return fallback
    }
  }

  function genre(slug: string): Promise<GenreView | null> {
    return ask(() => loadGenre(slug), null)
  }
  function moreLikeThis(id: string, limit = 6): Promise<RecCard[]> {
    return ask(() => loadMoreLikeThis(id, limit), [])
  }
  function onboarding(): Promise<OnboardingView | null> {
    return ask(loadOnboarding, null)
  }
  function trainerValues(id: string): Promise<TrainerValue[]> {
    return ask(() => loadTrainerValues(id), [])
  }

  /** Saves what the person said, then recomputes the rows; a failed save becomes `error`. */
  async function saveThenRefresh(save: () => Promise<unknown>): Promise<void> {
    try {
      await readSettings() // so the change applies to the stored settings, not to defaults
      await save()
    } catch (caught) {
      fail('Folio could not save that. Try again.', caught)
      return
    }
    // Rows already shown follow the change; rows never computed are computed with it when asked for.
    if (home.value || running) await refresh()
  }

  /** Reads the taste settings (thumbs, genres, half-life) without computing any rows. */
  async function loadSettings(): Promise<void> {
    try {
      await readSettings()
    } catch (caught) {
      fail('Folio could not read your suggestion settings. Try again.', caught)
    }
  }

  /** Sets or clears (null) a trainer thumb, saves it, refreshes the rows. */
  function setThumb(value: string, thumb: Thumb | null): Promise<void> {
    return saveThenRefresh(async () => {
      const { [value]: _previous, ...others } = thumbs.value
      const next: Record<string, Thumb> = thumb === null ? others : { ...others, [value]: thumb }
      thumbs.value = next
      await setSetting('trainer', next)
    })
  }
  /** Following a genre also un-hides it. */
  function followGenre(slug: string, follow: boolean): Promise<void> {
    return saveThenRefresh(async () => {
      followedGenres.value = toggled(followedGenres.value, slug, follow)
      if (follow) hiddenGenres.value = toggled(hiddenGenres.value, slug, false)
      await Promise.all([setSetting('followedGenres', [...followedGenres.value]), setSetting('hiddenGenres', [...hiddenGenres.value])])
    })
  }
  /** Hiding a genre also un-follows it. */
  function hideGenre(slug: string, hide: boolean): Promise<void> {
    return saveThenRefresh(async () => {
      hiddenGenres.value = toggled(hiddenGenres.value, slug, hide)
      if (hide) followedGenres.value = toggled(followedGenres.value, slug, false)
      await Promise.all([setSetting('followedGenres', [...followedGenres.value]), setSetting('hiddenGenres', [...hiddenGenres.value])])
    })
  }
  /** Records 'hide' ("Not interested") or its undo ('unhide') for an article, then refreshes. */
  function hideArticle(id: string, hide: boolean): Promise<void> {
    return saveThenRefresh(async () => {
      await recordInteraction(id, hide ? 'hide' : 'unhide')
      hasInteractions.value = true
    })
  }
  /** Onboarding picks (trainer values such as 'topic-key:3', 'length:quick'), or null when skipped; marks the person onboarded. */
  function completeOnboarding(interests: string[] | null): Promise<void> {
    return saveThenRefresh(async () => {
      if (interests) await setSetting('interests', [...interests])
      await setSetting('onboarded', true)
      onboarded.value = true
    })
  }
  /** A half-life outside HALF_LIFE_RANGE becomes `error`: it would not be read back. */
  function setHalfLife(days: number): Promise<void> {
    return saveThenRefresh(async () => {
      if (!(days >= HALF_LIFE_RANGE.min && days <= HALF_LIFE_RANGE.max)) throw new RangeError(`A half-life must be ${HALF_LIFE_RANGE.min} to ${HALF_LIFE_RANGE.max} days, got ${days}.`)
      halfLifeDays.value = days
      await setSetting('halfLifeDays', days)
    })
  }

  return { home, loading, error, thumbs, followedGenres, hiddenGenres, halfLifeDays, showOnboarding, refresh, invalidate, loadSettings, genre, moreLikeThis, onboarding, trainerValues, setThumb, followGenre, hideGenre, hideArticle, completeOnboarding, setHalfLife }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRecsStore, import.meta.hot))
