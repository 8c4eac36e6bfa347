import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { IngestError } from '@/ingest/errors'
import type { IngestProgress } from '@/ingest/pipeline'
import { useRecsStore } from './recs'
import { useStorageStore } from './storage'

/** What a running task gets: a progress reporter and whether the person pressed Cancel. */
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
   * own return value, a sentence saying what happened, becomes `message`.
   */
  function run(taskLabel: string, task: (context: TaskContext) => Promise<string | null>): Promise<boolean> {
    const next = queue.then(async () => {
      busy.value = true
      label.value = taskLabel
      error.value = null
      message.value = null
      progress.value = null
      cancelRequested = false
      try {
        message.value = await task({ report: (update) => (progress.value = update), cancelled: () => cancelRequested })
        return true
      } catch (caught) {
        error.value = caught instanceof IngestError ? caught.message : `${taskLabel} failed. Try again.`
        if (!(caught instanceof IngestError)) console.error(caught)
        useStorageStore().reportIfFull(caught, 'the new articles')
        return false
      } finally {
        busy.value = false
        label.value = null
        progress.value = null
        finished.value += 1
        void useRecsStore().invalidate() // the task may have stored articles, even when it failed
      }
    })
    queue = next
    return next
  }

  async function cancel(): Promise<void> {
    cancelRequested = true
    const client = await import('@/ingest/ingest-client')
    client.cancelIngest()
  }

  return { busy, label, progress, error, message, finished, run, cancel }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useIngestStore, import.meta.hot))
