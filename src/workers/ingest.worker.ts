import { expose, type Remote } from 'comlink'
import type { SourceKind } from '@/db/schema'
import { IngestError } from '@/ingest/errors'
import { fetchFeedText } from '@/ingest/fetch-feed'
import { ingestFeedText } from '@/ingest/pipeline'
import type { IngestOutcome, IngestWorkerApi, PageHooks } from './protocol'

// Thin: downloading, parsing, summarizing and the IndexedDB write happen here, off the main thread.
let cancelled = false

const api: IngestWorkerApi = {
  async ingestFeedUrl(url: string, kind: SourceKind, hooks: PageHooks): Promise<IngestOutcome> {
    cancelled = false
    const page = hooks as unknown as Remote<PageHooks>
    try {
      page.progress({ feed: url, stage: 'downloading', done: 0, total: 0 }).catch(() => undefined)
      const text = await fetchFeedText(url)
      const report = await ingestFeedText(text, { url, kind }, {
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
}

expose(api)
