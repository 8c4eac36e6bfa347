import { expose, type Remote } from 'comlink'
import { IngestError } from '@/ingest/errors'
import { runIngestJob } from '@/ingest/run-job'
import { unindexArticles } from '@/ingest/search-store'
import type { IngestJob, IngestOutcome, IngestWorkerApi, PageHooks } from './protocol'

// Thin: downloading, parsing, summarizing and the IndexedDB write happen here, off the main thread.
let cancelled = false

const api: IngestWorkerApi = {
  async ingest(job: IngestJob, hooks: PageHooks): Promise<IngestOutcome> {
    cancelled = false
    const page = hooks as unknown as Remote<PageHooks>
    try {
      const report = await runIngestJob(job, {
        sanitize: (bodies) => page.sanitize(bodies),
        progress: (progress) => void page.progress(progress).catch(() => undefined),
        isCancelled: () => cancelled,
      })
      return { ok: true, report }
    } catch (error) {
      if (error instanceof IngestError) return { ok: false, code: error.code, message: error.message }
      return { ok: false, code: 'failed', message: error instanceof Error ? error.message : String(error) }
    }
  },
  cancel() {
    cancelled = true
  },
  unindex: (ids) => unindexArticles(ids),
}

expose(api)
