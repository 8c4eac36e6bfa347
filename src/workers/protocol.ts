import type { SourceKind } from '@/db/schema'
import type { ReadableParts } from '@/ingest/article-from-item'
import type { JsonFeed } from '@/ingest/json-feed'
import type { IngestOrigin, IngestProgress, IngestReport } from '@/ingest/pipeline'

/** What the page does for the ingest worker: sanitizing needs a DOM; progress is shown there. */
export interface PageHooks {
  sanitize(bodies: Array<{ html: string; text: string | null }>): Promise<ReadableParts[]>
  progress(progress: IngestProgress): void
}

/**
 * One ingest job. `url`: download (conditionally, when the source is known) and parse any feed
 * format; `text`: parse text the page already has (an imported file); `feed`: store a feed the page
 * built itself (a saved page, a Markdown file). `origin` names the source the articles join.
 */
export type IngestJob =
  | { type: 'url'; url: string; kind: SourceKind }
  | { type: 'text'; text: string; origin: string; kind: SourceKind; fetched?: Pick<IngestOrigin, 'etag' | 'lastModified' | 'fetchVia'> }
  | { type: 'feed'; feed: JsonFeed; origin: string; kind: SourceKind }

/** Errors cross the worker boundary as data, so their codes survive. */
export type IngestOutcome = { ok: true; report: IngestReport | null } | { ok: false; code: string; message: string }

/** The ingest worker's API (exposed with Comlink). One job at a time. */
export interface IngestWorkerApi {
  ingest(job: IngestJob, hooks: PageHooks): Promise<IngestOutcome>
  /** Stops the running job before it saves anything. */
  cancel(): void
  /** Takes deleted articles out of the saved search index (big JSON: kept off the page's thread). */
  unindex(ids: string[]): Promise<void>
}
