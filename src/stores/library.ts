import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { countArticles, listArticleSummaries, type ArticleSummary } from '@/db/articles'
import { requestPersistenceOnce } from '@/composables/storage'
import { IngestError } from '@/ingest/errors'

/** The built-in public-domain library, served by the app's own server. */
export const SAMPLE_LIBRARY_URL = '/samples/welcome.json'

export const useLibraryStore = defineStore('library', () => {
  const articles = ref<ArticleSummary[]>([])
  const total = ref(0)
  const loaded = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)
  const lastReport = ref<string | null>(null)
  const isEmpty = computed(() => loaded.value && total.value === 0)

  async function refresh(): Promise<void> {
    const [summaries, count] = await Promise.all([listArticleSummaries(), countArticles()])
    articles.value = summaries
    total.value = count
    loaded.value = true
  }

  /** Ingests the sample library through the same path as any feed. */
  async function addSampleLibrary(): Promise<void> {
    busy.value = true
    error.value = null
    try {
      // Loaded on demand: the parser and sanitizer stay out of the first screen's JavaScript.
      const { ingestJsonFeedUrl } = await import('@/ingest/ingest-feed')
      const report = await ingestJsonFeedUrl(SAMPLE_LIBRARY_URL, 'sample')
      const skipped = report.skipped.length ? `, ${report.skipped.length} skipped` : ''
      lastReport.value = `Added ${report.added} articles from “${report.source.title}”${skipped}.`
      await refresh()
      void requestPersistenceOnce()
    } catch (caught) {
      error.value = caught instanceof IngestError ? caught.message : 'The sample library could not be added. Try again.'
    } finally {
      busy.value = false
    }
  }

  return { articles, total, loaded, busy, error, lastReport, isEmpty, refresh, addSampleLibrary }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
