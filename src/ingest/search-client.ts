import { wrap, type Remote } from 'comlink'
import type { SearchWorkerApi } from '@/workers/search.worker'
import type { SearchHit } from './search-index'

let worker: Remote<SearchWorkerApi> | null = null
let inPage: SearchWorkerApi | null = null

/**
 * Searches the saved index in a worker (in the page where module workers are missing). Each query
 * leaves a `folio:search` User Timing measure, so its latency can be read in the browser.
 */
export async function searchLibrary(query: string, limit = 50): Promise<SearchHit[]> {
  const start = performance.now()
  const hits = await runSearch(query, limit)
  performance.measure('folio:search', { start, end: performance.now() })
  return hits
}

async function runSearch(query: string, limit: number): Promise<SearchHit[]> {
  if (typeof Worker === 'undefined') {
    if (!inPage) {
      const [{ savedIndexLoader }, { toHit }] = await Promise.all([import('./search-store'), import('./search-index')])
      const load = savedIndexLoader()
      inPage = { search: async (q, n) => ((await load())?.search(q).slice(0, n) ?? []).map(toHit) }
    }
    return inPage.search(query, limit)
  }
  worker ??= wrap<SearchWorkerApi>(new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'folio-search' }))
  return worker.search(query, limit)
}
