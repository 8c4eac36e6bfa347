import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { requestPersistenceOnce } from '@/composables/storage'
import { addPendingUrl, deletePendingUrl, listPendingUrls, markPendingFailed } from '@/db/pending'
import type { PendingUrlRecord } from '@/db/schema'
import { IngestError } from '@/ingest/errors'
import { normalizeFeedUrl } from '@/ingest/subscribe'
import { useIngestStore, type TaskContext } from './ingest'
import { useLibraryStore } from './library'

/** Read-it-later: pages saved by URL, fetched now when online or kept pending until they can be. */
export const useSavedPagesStore = defineStore('saved-pages', () => {
  const pending = ref<PendingUrlRecord[]>([])

  async function loadPending(): Promise<void> {
    pending.value = (await listPendingUrls()).sort((a, b) => a.addedAt - b.addedAt)
  }

  /** Extracts and stores one page; false when offline (it stays pending). */
  async function fetchOne(url: string, context: TaskContext): Promise<boolean> {
    const [{ extractPage, SAVED_PAGES_ORIGIN }, { ingest }] = await Promise.all([import('@/ingest/extract-page'), import('@/ingest/ingest-client')])
    context.report({ feed: url, stage: 'downloading', done: 0, total: 0 })
    try {
      const extracted = await extractPage(url)
      if (extracted.offline) return false
      await ingest({ type: 'feed', feed: extracted.feed, origin: SAVED_PAGES_ORIGIN, kind: 'saved' }, context.report)
      await deletePendingUrl(url)
      return true
    } catch (error) {
      if (error instanceof IngestError && error.code !== 'cancelled') await markPendingFailed(url, error.message)
      throw error
    }
  }

  /** The reason a fetch failed, for a message; cancellation and unexpected errors still throw. */
  function notFetchedBecause(error: unknown): IngestError {
    if (error instanceof IngestError && error.code !== 'cancelled') return error
    throw error
  }

  /** Saves a page for later: kept as pending first, so nothing is lost if the tab closes or the network drops. */
  function saveUrl(input: string, title: string | null = null): Promise<boolean> {
    return useIngestStore().run('Saving the page', async (context) => {
      const url = normalizeFeedUrl(input)
      await addPendingUrl(url, title)
      void requestPersistenceOnce()
      // The URL is already safe as pending: a failed fetch is reported, not thrown, and retried later.
      const fetched = navigator.onLine ? await fetchOne(url, context).catch(notFetchedBecause) : false
      await Promise.all([loadPending(), useLibraryStore().refresh()])
      if (fetched === true) return 'Saved for offline reading.'
      if (fetched === false) return 'You are offline: the page will be fetched when the connection returns.'
      return `Saved for later, but the page could not be fetched yet: ${fetched.message} Folio will try again.`
    })
  }

  /** Fetches every pending page (at start and when the connection returns); failures stay listed. */
  async function fetchPending(): Promise<void> {
    await loadPending()
    if (pending.value.length === 0 || !navigator.onLine) return
    const urls = pending.value.map((record) => record.url)
    await useIngestStore().run('Fetching saved pages', async (context) => {
      let fetched = 0
      let failed = 0
      for (const url of urls) {
        if (context.cancelled()) break
        const stored = await fetchOne(url, context).catch((error: unknown) => {
          if (error instanceof IngestError && error.code !== 'cancelled') return null
          throw error
        })
        if (stored) fetched += 1
        else if (stored === null) failed += 1
      }
      await Promise.all([loadPending(), useLibraryStore().refresh()])
      return `Fetched ${fetched} saved ${fetched === 1 ? 'page' : 'pages'}${failed ? `; ${failed} could not be fetched` : ''}.`
    })
  }

  async function removePending(url: string): Promise<void> {
    await deletePendingUrl(url)
    await loadPending()
  }

  return { pending, loadPending, saveUrl, fetchPending, removePending }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSavedPagesStore, import.meta.hot))
