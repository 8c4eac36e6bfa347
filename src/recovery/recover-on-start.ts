import { countArticles } from '@/db/articles'
import { getSetting, setSetting, type UnfinishedIngest } from '@/db/settings'
import { useIngestStore, withIngestLock } from '@/stores/ingest'
import { useLibraryStore } from '@/stores/library'
import { useSourcesStore } from '@/stores/sources'

/**
 * What a start does after Folio closed mid-work (a reload, a crash, the browser killing the tab).
 * Every write is one transaction, so the library itself is always consistent; what can be left is
 * unfinished work: an ingest that never ended, and a search index out of step with the library.
 * (Topics catch up by themselves: src/stores/topics.ts journals its fold-ins and fits.)
 */
export async function recoverOnStart(): Promise<void> {
  // Each on its own: a repair that cannot run now (offline, no worker) must not stop a resume.
  await repairSearchIndex().catch((error: unknown) => console.error(error))
  await resumeIngest().catch((error: unknown) => console.error(error))
}

/**
 * Redoes an ingest that Folio closed in the middle of, or says what the person must redo. The
 * journal is read and cleared under the ingest lock: a tab whose ingest is running holds it (and
 * clears its own journal when done), and of two tabs starting at once only one claims the work.
 */
export async function resumeIngest(): Promise<UnfinishedIngest | null> {
  const unfinished = await withIngestLock(async () => {
    const journal = await getSetting('unfinishedIngest')
    if (journal) await setSetting('unfinishedIngest', null)
    return journal
  })
  if (!unfinished) return null
  const { resume } = unfinished
  // Run again as ordinary tasks, which journal themselves again until they end.
  if (resume.kind === 'sample') void useLibraryStore().addSampleLibrary()
  else if (resume.kind === 'subscribe') for (const url of resume.urls) void useSourcesStore().subscribe(url)
  else useIngestStore().error = `Folio closed while importing ${resume.names.join(', ')}. Articles already added were kept; choose the files again to add the rest.`
  return unfinished
}

/** Rebuilds the search index, off the main thread, when it does not hold every stored article. */
export async function repairSearchIndex(): Promise<boolean> {
  // An empty library has nothing to find: no worker, no lock (a first visit stays light).
  if ((await countArticles()) === 0) return false
  const { repairSearchIndexOffThread } = await import('@/backup/reindex-client')
  return withIngestLock(() => repairSearchIndexOffThread())
}
