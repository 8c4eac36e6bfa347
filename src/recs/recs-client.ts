import { wrap, type Remote } from 'comlink'
import type { RecsWorkerApi } from '@/workers/recs-protocol'
import type { GenreView, HomeView, OnboardingView, RecCard, TrainerValue } from './recs-view'

let remote: Remote<RecsWorkerApi> | null = null

function getRemote(): Remote<RecsWorkerApi> {
  remote ??= wrap<RecsWorkerApi>(new Worker(new URL('../workers/recs.worker.ts', import.meta.url), { type: 'module', name: 'folio-recs' }))
  return remote
}

const hasWorkers = (): boolean => typeof Worker !== 'undefined'

/** Where module workers are missing (old browsers, Node tests) the same jobs run in the page. */
async function inPage(): Promise<RecsWorkerApi> {
  return (await import('./recs-jobs')).recsJobs
}

/** The home screen's rows, computed off the main thread. */
export function loadHome(): Promise<HomeView> {
  return hasWorkers() ? getRemote().home() : inPage().then((jobs) => jobs.home())
}

/** A micro-genre's page, or null when the library has no such genre. */
export function loadGenre(slug: string): Promise<GenreView | null> {
  return hasWorkers() ? getRemote().genre(slug) : inPage().then((jobs) => jobs.genre(slug))
}

/** Articles like `id`, as cards. */
export function loadMoreLikeThis(id: string, limit: number): Promise<RecCard[]> {
  return hasWorkers() ? getRemote().moreLikeThis(id, limit) : inPage().then((jobs) => jobs.moreLikeThis(id, limit))
}

/** What onboarding offers; null before a topic model exists. */
export function loadOnboarding(): Promise<OnboardingView | null> {
  return hasWorkers() ? getRemote().onboarding() : inPage().then((jobs) => jobs.onboarding())
}

/** The values of one article the trainer can give thumbs to. */
export function loadTrainerValues(id: string): Promise<TrainerValue[]> {
  return hasWorkers() ? getRemote().trainerValues(id) : inPage().then((jobs) => jobs.trainerValues(id))
}

/** Articles or the topic model changed: the next call assembles the library again. */
export function invalidateRecs(): Promise<void> {
  // Without a worker yet there is nothing assembled to drop; do not start one just for this.
  if (hasWorkers()) return remote ? remote.invalidate() : Promise.resolve()
  return inPage().then((jobs) => jobs.invalidate())
}
