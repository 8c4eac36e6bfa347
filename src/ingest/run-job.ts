import { getSourceByUrl } from '@/db/sources'
import type { IngestJob } from '@/workers/protocol'
import { fetchFeed } from './fetch-feed'
import { ingestFeed, ingestFeedText, type IngestHooks, type IngestReport } from './pipeline'

/**
 * Runs one ingest job wherever it is called (the worker, or the page without workers). A feed that
 * answers "not modified" stores nothing and reports null.
 */
export async function runIngestJob(job: IngestJob, hooks: IngestHooks): Promise<IngestReport | null> {
  if (job.type === 'feed') return ingestFeed(job.feed, { url: job.origin, kind: job.kind }, hooks)
  if (job.type === 'text') return ingestFeedText(job.text, { ...job.fetched, url: job.origin, kind: job.kind }, hooks)
  const known = await getSourceByUrl(job.url)
  hooks.progress?.({ feed: known?.title ?? job.url, stage: 'downloading', done: 0, total: 0 })
  const fetched = await fetchFeed(job.url, known ?? null, known?.fetchVia ?? 'direct')
  if (fetched.status === 'not-modified') return null
  const { text, etag, lastModified, via } = fetched
  return ingestFeedText(text, { url: job.url, kind: job.kind, etag, lastModified, fetchVia: via }, hooks)
}
