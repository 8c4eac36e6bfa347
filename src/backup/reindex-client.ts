import { wrap, type Remote } from 'comlink'
import type { ReindexWorkerApi } from './reindex'

/**
 * Runs `job` in a reindex worker of its own (indexing hundreds of long texts would freeze the page),
 * or in the page where module workers are missing (old browsers, Node tests).
 */
async function offThread<T>(job: (api: ReindexWorkerApi | Remote<ReindexWorkerApi>) => Promise<T>): Promise<T> {
  if (typeof Worker === 'undefined') {
    const { rebuildSearchIndex, repairSearchIndex } = await import('./reindex')
    return job({ rebuild: rebuildSearchIndex, repair: repairSearchIndex })
  }
  const worker = new Worker(new URL('./reindex.worker.ts', import.meta.url), { type: 'module', name: 'folio-reindex' })
  // A worker whose script cannot load (offline before the service worker has it) would never answer.
  const failed = new Promise<never>((_resolve, reject) => {
    worker.addEventListener('error', () => reject(new Error('The search index worker could not start.')), { once: true })
  })
  try {
    return await Promise.race([job(wrap<ReindexWorkerApi>(worker)), failed])
  } finally {
    worker.terminate() // used once per restore or start: nothing to keep it for
  }
}

/** Rebuilds the search index of every stored article; resolves to how many. */
export function rebuildSearchIndexOffThread(): Promise<number> {
  return offThread((api) => api.rebuild())
}

/** Rebuilds the search index only if it does not match the library; resolves to whether it did. */
export function repairSearchIndexOffThread(): Promise<boolean> {
  return offThread((api) => api.repair())
}
