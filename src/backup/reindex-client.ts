import { wrap } from 'comlink'
import type { ReindexWorkerApi } from './reindex'

/**
 * Rebuilds the search index in a worker of its own (indexing hundreds of long texts would freeze
 * the page), or in the page where module workers are missing (old browsers, Node tests).
 */
export async function rebuildSearchIndexOffThread(): Promise<number> {
  if (typeof Worker === 'undefined') return (await import('./reindex')).rebuildSearchIndex()
  const worker = new Worker(new URL('./reindex.worker.ts', import.meta.url), { type: 'module', name: 'folio-reindex' })
  try {
    return await wrap<ReindexWorkerApi>(worker).rebuild()
  } finally {
    worker.terminate() // used once per restore: nothing to keep it for
  }
}
