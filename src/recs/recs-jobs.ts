import { getSetting } from '@/db/settings'
import { moreLikeThis } from '@/ml/recs/more-like-this'
import type { RecsWorkerApi } from '@/workers/recs-protocol'
import { cardsOf } from './cards'
import { genreView } from './genre-view'
import { homeView } from './home-view'
import { loadLibrary, type LoadedLibrary } from './load-library'
import { onboardingView } from './onboarding-view'
import { loadReaderContext, type ReaderContext } from './reader-context'
import { trainerValuesOf } from './trainer-values'

/**
 * The library is assembled again after this long even without `invalidate()`: "this week" and
 * recency move with the clock, and an installed app may stay open for days.
 */
export const LIBRARY_MAX_AGE_MS = 60 * 60 * 1000 // 1 hour

/** The worker's API, plus the assembled library itself (for tests and measurements). */
export type RecsJobs = RecsWorkerApi & {
  loadedLibrary: () => Promise<LoadedLibrary>
}

/**
 * What the recommendations worker runs (or the page, without workers). The assembled library is
 * kept, the same object between calls (recommend.ts caches each library's genres by identity),
 * until `invalidate()` or LIBRARY_MAX_AGE_MS; each call reads interactions and settings afresh.
 */
export function createRecsJobs(clock: () => number = Date.now): RecsJobs {
  let current: { loading: Promise<LoadedLibrary>; at: number } | null = null

  function loadedLibrary(): Promise<LoadedLibrary> {
    const now = clock()
    if (current && now - current.at < LIBRARY_MAX_AGE_MS) return current.loading
    const entry = { loading: loadLibrary(now), at: now }
    current = entry
    // A failed assembly is not kept: the next call tries again.
    entry.loading.catch(() => {
      if (current === entry) current = null
    })
    return entry.loading
  }

  async function withReader<T>(view: (loaded: LoadedLibrary, context: ReaderContext) => T): Promise<T> {
    const loaded = await loadedLibrary()
    return view(loaded, await loadReaderContext(loaded.keys))
  }

  return {
    loadedLibrary,
    home: () => withReader(homeView),
    genre: (slug) => withReader((loaded, context) => genreView(loaded, context, slug)),
    moreLikeThis: (id, limit) => withReader((loaded, context) => cardsOf(loaded, moreLikeThis(loaded.library, id, { limit, signals: context.signals, taste: context.taste }))),
    onboarding: async () => {
      const [loaded, names] = await Promise.all([loadedLibrary(), getSetting('topicNames')])
      return onboardingView(loaded, names)
    },
    trainerValues: async (id) => {
      const [loaded, names] = await Promise.all([loadedLibrary(), getSetting('topicNames')])
      return trainerValuesOf(loaded, names, id)
    },
    invalidate: () => {
      // A call already waiting on the old assembly still gets it; every later call assembles anew.
      current = null
      return Promise.resolve()
    },
  }
}

/** The one instance the worker exposes, and the page uses where there are no workers. */
export const recsJobs = createRecsJobs()
