import { proxy, wrap, type Remote } from 'comlink'
import type { IngestJob, IngestOutcome, IngestWorkerApi, PageHooks } from '@/workers/protocol'
import { announceStorageFull } from '@/db/quota'
import { IngestError } from './errors'
import type { IngestProgress, IngestReport } from './pipeline'

let worker: Remote<IngestWorkerApi> | null = null

function getWorker(): Remote<IngestWorkerApi> {
  worker ??= wrap<IngestWorkerApi>(new Worker(new URL('../workers/ingest.worker.ts', import.meta.url), { type: 'module', name: 'folio-ingest' }))
  return worker
}

/** A main-thread task may run this long before sanitizing yields to input and rendering. */
const SLICE_MS = 8

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

async function pageHooks(onProgress: (progress: IngestProgress) => void): Promise<PageHooks> {
  const { sanitizeToParts } = await import('./readable-parts')
  return {
    // One body at a time, yielding every few milliseconds: a batch of long articles sanitized in
    // one go would be a long task that freezes scrolling and typing.
    async sanitize(bodies) {
      const parts = []
      let sliceStart = performance.now()
      for (const { html, text } of bodies) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage()
          sliceStart = performance.now()
        }
        parts.push(sanitizeToParts(html, text))
      }
      return parts
    },
    progress: onProgress,
  }
}

let cancelRequested = false

/** Where module workers are missing (old browsers, Node tests) the same pipeline runs here. */
async function ingestInPage(job: IngestJob, hooks: PageHooks): Promise<IngestOutcome> {
  const { runIngestJob } = await import('./run-job')
  try {
    return { ok: true, report: await runIngestJob(job, { ...hooks, isCancelled: () => cancelRequested }) }
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, code: error.code, message: error.message }
    throw error
  }
}

/**
 * Runs one ingest job off the main thread; throws IngestError on failure. Resolves to null when a
 * feed answered "not modified".
 */
export async function ingest(job: IngestJob, onProgress: (progress: IngestProgress) => void): Promise<IngestReport | null> {
  cancelRequested = false
  const hooks = await pageHooks(onProgress)
  const outcome = typeof Worker === 'undefined' ? await ingestInPage(job, hooks) : await getWorker().ingest(job, proxy(hooks))
  if (!outcome.ok && outcome.code === 'storage_full') announceStorageFull('the new articles')
  if (!outcome.ok) throw new IngestError(outcome.code as IngestError['code'], outcome.message)
  return outcome.report
}

/** Stops the running ingest before it saves anything. */
export function cancelIngest(): void {
  cancelRequested = true
  void worker?.cancel()
}

/** Takes deleted articles out of the saved search index, off the main thread where possible. */
export async function unindex(ids: string[]): Promise<void> {
  if (ids.length === 0) return
  if (typeof Worker !== 'undefined') return getWorker().unindex(ids)
  const { unindexArticles } = await import('./search-store')
  return unindexArticles(ids)
}
