import { expose } from 'comlink'
import { recsJobs } from '@/recs/recs-jobs'
import type { RecsWorkerApi } from './recs-protocol'

// Thin: reading IndexedDB, text facets, TF-IDF rows and the recommender run here, off the main
// thread. No NMF: the stored model is only read, so the worker needs no WebAssembly.
const api: RecsWorkerApi = {
  home: () => recsJobs.home(),
  genre: (slug) => recsJobs.genre(slug),
  moreLikeThis: (id, limit) => recsJobs.moreLikeThis(id, limit),
  onboarding: () => recsJobs.onboarding(),
  trainerValues: (id) => recsJobs.trainerValues(id),
  invalidate: () => recsJobs.invalidate(),
}

expose(api)
