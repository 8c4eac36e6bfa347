import { proxy, wrap, type Remote } from 'comlink'
import type { SourceKind } from '@/db/schema'
import type { IngestOutcome, IngestWorkerApi, PageHooks } from '@/workers/protocol'
import { IngestError } from './errors'
import type { IngestProgress, IngestReport } from './pipeline'

let worker: Remote<IngestWorkerApi> | null = null

function getWorker(): Remote<IngestWorkerApi> {
  worker ??= wrap<IngestWorkerApi>(new Worker(new URL('../workers/ingest.worker.ts', import.meta.url), { type: 'module', name: 'folio-ingest' }))
  return worker
}

async function pageHooks(onProgress: (progress: IngestProgress) => void): Promise<PageHooks> {
  const { sanitizeToParts } = await import('./readable-parts')
  return {
    sanitize: (bodies) => Promise.resolve(bodies.map(({ html, text }) => sanitizeToParts(html, text))),
    progress: onProgress,
  }
}

/** Where module workers are missing (old browsers, Node tests) the same pipeline runs here. */
async function ingestInPage(url: string, kind: SourceKind, hooks: PageHooks): Promise<IngestOutcome> {
  const [{ fetchFeedText }, { ingestFeedText }] = await Promise.all([import('./fetch-feed'), import('./pipeline')])
  try {
    const report = await ingestFeedText(await fetchFeedText(url), { url, kind }, { ...hooks, isCancelled: () => cancelRequested })
    return { ok: true, report }
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, code: error.code, message: error.message }
    throw error
  }
}

let cancelRequested = false

/** Downloads, prepares and stores one feed off the main thread; throws IngestError on failure. */
export async function ingestFeedUrl(url: string, kind: SourceKind, onProgress: (progress: IngestProgress) => void): Promise<IngestReport> {
  cancelRequested = false
  const hooks = await pageHooks(onProgress)
  const outcome = typeof Worker === 'undefined' ? await ingestInPage(url, kind, hooks) : await getWorker().ingestFeedUrl(url, kind, proxy(hooks))
  if (!outcome.ok) throw new IngestError(outcome.code as IngestError['code'], outcome.message)
  return outcome.report
}

/** Stops the running ingest before it saves anything. */
export function cancelIngest(): void {
  cancelRequested = true
  void worker?.cancel()
}
