import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { withWebLock } from '@/composables/web-lock'
import { ignoreQuotaError, isQuotaError } from '@/db/quota'
import { setSetting, type UnfinishedIngest } from '@/db/settings'
import { IngestError } from '@/ingest/errors'
import type { IngestProgress } from '@/ingest/pipeline'
import { useRecsStore } from './recs'
import { useStorageStore } from './storage'

/** What a running task gets: a progress reporter and whether the person pressed Cancel. */
/** The Web Lock every tab's ingest holds: one ingest at a time across tabs, and a sign one is running. */
const INGEST_LOCK = 'folio-ingest'

/** Runs `work` holding the ingest lock (every tab's ingests, deletions and index repairs take it). */
export function withIngestLock<T>(work: () => Promise<T>): Promise<T> {
  return withWebLock(INGEST_LOCK, work)
}

export interface TaskContext {
  report: (progress: IngestProgress) => void
  cancelled: () => boolean
}

/**
 * Long ingest work (feeds, imports, saved pages, the sample library) runs one task at a time
 * through here, so every page shows the same progress bar, message and Cancel button.
 */
export const useIngestStore = defineStore('ingest', () => {
  const busy = ref(false)
  const label = ref<string | null>(null)
  const progress = ref<IngestProgress | null>(null)
  const error = ref<string | null>(null)
  const message = ref<string | null>(null)
  /** Tasks finished so far, failed and cancelled ones too (they may have stored articles): the topics store follows it. */
  const finished = ref(0)
  let queue: Promise<unknown> = Promise.resolve()
  let cancelRequested = false

  /**
   * Queues `task` behind any running one. Its IngestError becomes `error` (for people); the task's
   * own return value, a sentence saying what happened, becomes `message`. With `resume`, the task
   * is journalled while it runs, so that a start after a crash can redo it (src/recovery).
   */
  function run(taskLabel: string, task: (context: TaskContext) => Promise<string | null>, resume?: UnfinishedIngest['resume']): Promise<boolean> {
    const next = queue.then(() => {
      // Shown at once, also while another tab's ingest holds the lock.
      busy.value = true
      label.value = taskLabel
      return withIngestLock(() => runNow(taskLabel, task, resume))
    })
    // A task that failed outside runNow (the lock refused) must not stop the ones queued after it.
    queue = next.catch(() => undefined)
    return next
  }

  async function runNow(taskLabel: string, task: (context: TaskContext) => Promise<string | null>, resume?: UnfinishedIngest['resume']): Promise<boolean> {
    busy.value = true
    label.value = taskLabel
    error.value = null
    message.value = null
    progress.value = null
    cancelRequested = false
    try {
      // With no room even for the journal, the task still runs: its own write says what failed.
      if (resume) await setSetting('unfinishedIngest', { label: taskLabel, resume, startedAt: Date.now() }).catch(ignoreQuotaError)
      message.value = await task({ report: (update) => (progress.value = update), cancelled: () => cancelRequested })
      return true
    } catch (caught) {
      error.value = caught instanceof IngestError ? caught.message : isQuotaError(caught) ? 'There is no storage space left, so nothing was added.' : `${taskLabel} failed. Try again.`
      if (!(caught instanceof IngestError)) console.error(caught)
      useStorageStore().reportIfFull(caught, 'the new articles')
      return false
    } finally {
      busy.value = false
      label.value = null
      progress.value = null
      finished.value += 1
      void useRecsStore().invalidate() // the task may have stored articles, even when it failed
      // Ended, well or badly: nothing to resume. (A full disk must not keep the journal either.)
      if (resume) await setSetting('unfinishedIngest', null).catch(() => undefined)
    }
  }

  async function cancel(): Promise<void> {
    cancelRequested = true
    const client = await import('@/ingest/ingest-client')
    client.cancelIngest()
  }

  return { busy, label, progress, error, message, finished, run, cancel }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useIngestStore, import.meta.hot))
