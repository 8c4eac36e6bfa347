import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { deleteFinishedBefore, deleteSource as deleteSourceRecords, finishedBefore } from '@/db/cleanup'
import type { SourceRecord } from '@/db/schema'
import { listSources } from '@/db/sources'
import { usageBySource, type SourceUsage } from '@/db/storage-stats'
import { IngestError } from '@/ingest/errors'
import type { IngestReport } from '@/ingest/pipeline'
import { skippedReasons } from '@/ingest/skipped'
import type { FeedChoice } from '@/ingest/subscribe'
import { useIngestStore, withIngestLock, type TaskContext } from './ingest'
import { useLibraryStore } from './library'
import { useRecsStore } from './recs'

/** Feeds are refreshed on open when their last fetch is older than this. */
export const STALE_AFTER_MS = 30 * 60 * 1000 // 30 min

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

function describe(report: IngestReport | null, title: string): string {
  if (!report) return `“${title}”: nothing new.`
  const dupes = report.duplicates ? `, ${report.duplicates} already in your library` : ''
  const skipped = report.skipped.length ? `, ${plural(report.skipped.length, 'item')} skipped (${skippedReasons(report.skipped)})` : ''
  return `“${report.source.title}”: ${plural(report.added, 'new article')}${dupes}${skipped}.`
}

/** Feeds and other sources: subscribe, refresh, import, export and delete. */
export const useSourcesStore = defineStore('sources', () => {
  const choices = ref<FeedChoice[]>([])
  const usage = shallowRef<Map<string, SourceUsage>>(new Map())

  async function afterChange(): Promise<void> {
    await useLibraryStore().refresh()
  }

  async function subscribeOne(url: string, context: TaskContext): Promise<string> {
    const [{ ingest }, { normalizeFeedUrl, probeUrl }] = await Promise.all([import('@/ingest/ingest-client'), import('@/ingest/subscribe')])
    context.report({ feed: url, stage: 'downloading', done: 0, total: 0 })
    const probe = await probeUrl(url)
    if (probe.type === 'page') {
      if (probe.feeds.length > 1) {
        choices.value = probe.feeds
        return `${normalizeFeedUrl(url)} offers ${probe.feeds.length} feeds: choose one.`
      }
      return subscribeOne((probe.feeds[0] as FeedChoice).url, context)
    }
    const { text, etag, lastModified, via } = probe.fetched
    const report = await ingest({ type: 'text', text, origin: probe.url, kind: 'feed', fetched: { etag, lastModified, fetchVia: via } }, context.report)
    return describe(report, probe.url)
  }

  /** Subscribes to a feed URL, or to the one feed a page announces; several are offered as `choices`. */
  function subscribe(url: string): Promise<boolean> {
    choices.value = []
    return useIngestStore().run('Subscribing', async (context) => {
      const message = await subscribeOne(url, context)
      await afterChange()
      return message
    }, { kind: 'subscribe', urls: [url] })
  }

  /** Fetches feeds again (conditionally); with `staleOnly`, only those not fetched recently. */
  async function refreshFeeds({ staleOnly = false, now = Date.now() } = {}): Promise<boolean> {
    const feeds = (await listSources()).filter((source): source is SourceRecord & { url: string } => source.kind === 'feed' && source.url !== null)
    const due = feeds.filter((source) => !staleOnly || now - (source.fetchedAt ?? 0) > STALE_AFTER_MS)
    if (due.length === 0) return true
    return useIngestStore().run('Refreshing feeds', async ({ report, cancelled }) => {
      const { ingest } = await import('@/ingest/ingest-client')
      const messages: string[] = []
      for (const source of due) {
        if (cancelled()) break
        const result = await ingest({ type: 'url', url: source.url, kind: 'feed' }, report).catch((error: unknown) => {
          if (error instanceof IngestError && error.code !== 'cancelled') return error
          throw error
        })
        messages.push(result instanceof IngestError ? `“${source.title}”: ${result.message}` : describe(result, source.title))
      }
      await afterChange()
      return messages.join(' ')
    })
  }

  /** Adds each file (feeds, OPML subscriptions, pages, Markdown, text); one bad file does not stop the rest. */
  function importFiles(files: readonly File[]): Promise<boolean> {
    return useIngestStore().run('Importing', async (context) => {
      const [{ ingest }, { planImport }] = await Promise.all([import('@/ingest/ingest-client'), import('@/ingest/file-import')])
      const messages: string[] = []
      for (const file of files) {
        if (context.cancelled()) break
        try {
          const plan = await planImport(file)
          if (plan.type === 'job') messages.push(`${file.name}: ${describe(await ingest(plan.job, context.report), file.name)}`)
          else messages.push(`${file.name}: ${await subscribeAll(plan.subscriptions.map((entry) => entry.xmlUrl), context)}`)
        } catch (error) {
          if (!(error instanceof IngestError) || error.code === 'cancelled') throw error
          messages.push(`${file.name}: ${error.message}`)
        }
      }
      await afterChange()
      return messages.join(' ')
    }, { kind: 'files', names: files.map((file) => file.name) })
  }

  async function subscribeAll(urls: readonly string[], context: TaskContext): Promise<string> {
    let added = 0
    const failed: string[] = []
    for (const [index, url] of urls.entries()) {
      if (context.cancelled()) break
      context.report({ feed: `subscriptions (${index + 1} of ${urls.length})`, stage: 'downloading', done: index, total: urls.length })
      try {
        await subscribeOne(url, context)
        added += 1
      } catch (error) {
        if (!(error instanceof IngestError) || error.code === 'cancelled') throw error
        failed.push(url)
      }
    }
    return `subscribed to ${plural(added, 'feed')}${failed.length ? `; ${failed.length} could not be reached (${failed.join(', ')})` : ''}.`
  }

  /** The subscriptions as OPML 2.0 text, for other feed readers. */
  async function exportOpml(now = new Date()): Promise<string> {
    const { exportOpml: toOpml } = await import('@/ingest/formats/opml')
    const feeds = (await listSources()).filter((source): source is SourceRecord & { url: string } => source.kind === 'feed' && source.url !== null)
    return toOpml(
      feeds.map((source) => ({ title: source.title, xmlUrl: source.url, htmlUrl: null, categories: [] })),
      { title: 'Folio subscriptions', dateCreated: now },
    )
  }

  async function loadUsage(): Promise<void> {
    usage.value = await usageBySource()
  }

  /** Deletes a source with its articles, their progress and interactions, and their search entries. */
  async function deleteSource(id: string): Promise<number> {
    const ids = await withIngestLock(() => deleteAndUnindex(() => deleteSourceRecords(id)))
    await Promise.all([afterChange(), loadUsage(), useRecsStore().invalidate()])
    return ids.length
  }

  /**
   * Deletes articles, then takes them out of the search index. Callers hold the ingest lock: an
   * ingest reads the index before it writes it back with its new articles, and an unindex between
   * the two would be undone (or would undo the ingest's additions).
   */
  async function deleteAndUnindex(remove: () => Promise<string[]>): Promise<string[]> {
    const ids = await remove()
    const { unindex } = await import('@/ingest/ingest-client')
    await unindex(ids)
    return ids
  }

  /** Articles saved for later: kept whatever their progress says. */
  function savedIds(): Set<string> {
    return new Set([...useLibraryStore().reading.flags].filter(([, flags]) => flags.saved).map(([id]) => id))
  }

  /** How many articles `deleteFinished(days)` would delete. */
  async function countFinished(days: number): Promise<number> {
    await useLibraryStore().refresh()
    return (await finishedBefore(days, savedIds())).length
  }

  /** Deletes articles finished more than `days` days ago (not those saved for later). */
  async function deleteFinished(days: number): Promise<number> {
    const ids = await withIngestLock(() => deleteAndUnindex(() => deleteFinishedBefore(days, savedIds())))
    await Promise.all([afterChange(), loadUsage(), useRecsStore().invalidate()])
    return ids.length
  }

  return { choices, usage, subscribe, refreshFeeds, importFiles, exportOpml, loadUsage, deleteSource, countFinished, deleteFinished }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSourcesStore, import.meta.hot))
