import type { GenreView, HomeView, OnboardingView, RecCard, TrainerValue } from '@/recs/recs-view'

/**
 * The recommendations worker's API (exposed with Comlink). It reads the articles, cached text
 * facets, the stored topic model, interactions and the person's taste settings from IndexedDB
 * itself, and keeps the assembled library in memory until `invalidate()`: recomputing rows after
 * an interaction reads only the interactions and settings again.
 */
export interface RecsWorkerApi {
  /** The home screen's rows, each card with its reason. */
  home: () => Promise<HomeView>
  /** A micro-genre of the library by slug, or null when the library has no such genre (any more). */
  genre: (slug: string) => Promise<GenreView | null>
  /** Nearest articles to `id` in topic space, then by facets, as cards with reasons. */
  moreLikeThis: (id: string, limit: number) => Promise<RecCard[]>
  /** The topics and lengths a new reader may pick from; null before a topic model exists. */
  onboarding: () => Promise<OnboardingView | null>
  /** The facet values of one article the trainer can give thumbs to. */
  trainerValues: (id: string) => Promise<TrainerValue[]>
  /** Articles or the topic model changed: the next call assembles the library again. */
  invalidate: () => Promise<void>
}
