import type { SourceKind } from '@/db/schema'
import type { ReadableParts } from '@/ingest/article-from-item'
import type { IngestProgress, IngestReport } from '@/ingest/pipeline'

/** What the page does for the ingest worker: sanitizing needs a DOM; progress is shown there. */
export interface PageHooks {
  sanitize(bodies: Array<{ html: string; text: string | null }>): Promise<ReadableParts[]>
  progress(progress: IngestProgress): void
}

/** Errors cross the worker boundary as data, so their codes survive. */
export type IngestOutcome = { ok: true; report: IngestReport } | { ok: false; code: string; message: string }

/** The ingest worker's API (exposed with Comlink). One job at a time. */
export interface IngestWorkerApi {
  ingestFeedUrl(url: string, kind: SourceKind, hooks: PageHooks): Promise<IngestOutcome>
  /** Stops the running job before it saves anything. */
  cancel(): void
}
