import { getSetting } from '@/db/settings'
import { useIngestStore } from '@/stores/ingest'
import { useLibraryStore } from '@/stores/library'
import { useRecsStore } from '@/stores/recs'
import { useSettingsStore } from '@/stores/settings'
import { useSourcesStore } from '@/stores/sources'
import { useTopicsStore } from '@/stores/topics'
import type { BackupFile } from './format'
import { rebuildSearchIndexOffThread } from './reindex-client'
import { restoreBackup, type RestoreReport } from './restore'
import { applyTopicHandover } from './topic-handover'

/** Every store that keeps library data or settings in memory reads them again. */
async function reloadStores(): Promise<void> {
  const recs = useRecsStore()
  const [trainer, followed, hidden, halfLife] = await Promise.all([getSetting('trainer'), getSetting('followedGenres'), getSetting('hiddenGenres'), getSetting('halfLifeDays')])
  // The recs store reads its taste settings once: it gets the restored ones, or its next save would write the old ones back.
  recs.thumbs = { ...trainer }
  recs.followedGenres = [...followed]
  recs.hiddenGenres = [...hidden]
  recs.halfLifeDays = halfLife
  await Promise.all([useLibraryStore().refresh(), useSettingsStore().load(), useTopicsStore().load(), useSourcesStore().loadUsage()])
}

/** Rebuilding the search index is not part of the restore: a failure there is reported, the library stays restored. */
async function reindex(report: RestoreReport): Promise<void> {
  try {
    await rebuildSearchIndexOffThread()
  } catch (error) {
    console.error(error)
    report.skipped.push('the search index could not be rebuilt, so search will not find the restored articles')
  }
}

/**
 * Restores a validated backup (`readBackup`) into the running app. It runs as an ingest task, so
 * no feed is being added meanwhile and the app reacts as after any ingest (suggestions recomputed,
 * topics refitted), then rebuilds what the restore emptied: the search index, and the topics, whose
 * refit takes the backup's topic keys and names. `onRestored` is called once the library is
 * replaced, before the refit. Resolves once all that is done; rejects with the write's error, in
 * which case nothing changed.
 */
export async function restoreInApp(backup: BackupFile, onRestored: () => void = () => undefined): Promise<RestoreReport> {
  const ingest = useIngestStore()
  const topics = useTopicsStore()
  const outcome: { report?: RestoreReport; error?: Error } = {}
  await ingest.run('Restoring a backup', async ({ report: progress }) => {
    // No fit or fold-in may save a model of the old library after the restore: stop one, wait out the rest.
    topics.cancel()
    await topics.load()
    const start = performance.now()
    try {
      outcome.report = await restoreBackup(backup, { onProgress: (done, total) => progress({ feed: 'the backup', stage: 'preparing', done, total }) })
    } catch (error) {
      outcome.error = error instanceof Error ? error : new Error(String(error))
      return null
    }
    const written = performance.now()
    performance.measure('folio:backup-restore', { start, end: written }) // sanitizing and the one write
    const total = outcome.report.articles
    progress({ feed: 'the backup', stage: 'indexing', done: total, total })
    await reindex(outcome.report)
    performance.measure('folio:backup-reindex', { start: written, end: performance.now() })
    await reloadStores()
    return `Restored ${total} ${total === 1 ? 'article' : 'articles'} from a backup.`
  })
  const report = outcome.report
  if (!report) throw outcome.error ?? new Error('The restore did not run.')
  onRestored()
  try {
    // The task's end starts the refit (the model was emptied): this waits for it, then hands the keys on.
    await topics.afterIngest()
    if (await applyTopicHandover()) await topics.load()
  } catch (error) {
    // The library is restored by now: a failure here costs topic names, not data, and must not read as "nothing changed".
    console.error(error)
    report.skipped.push('the topics could not take over the backup’s topic names')
  }
  return report
}
