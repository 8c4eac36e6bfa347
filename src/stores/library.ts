import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { countArticles, listArticleSummaries, type ArticleSummary } from '@/db/articles'
import { flagsFrom, listInteractions } from '@/db/interactions'
import { listProgress } from '@/db/progress'
import type { InteractionRecord, SourceRecord } from '@/db/schema'
import { listSources } from '@/db/sources'
import { requestPersistenceOnce } from '@/composables/storage'
import { IngestError } from '@/ingest/errors'
import { parseSampleCatalog, SAMPLE_CATALOG_URL } from '@/ingest/sample-catalog'
import { describeSkipped, type SkippedItem } from '@/ingest/skipped'
import { useIngestStore } from './ingest'
import { DEFAULT_QUERY, tagCounts, viewLibrary, type LibraryQuery, type ReadingState } from './library-view'

function flagsByArticle(interactions: readonly InteractionRecord[]): ReadingState['flags'] {
  const byArticle = new Map<string, InteractionRecord[]>()
  for (const interaction of interactions) byArticle.set(interaction.articleId, [...(byArticle.get(interaction.articleId) ?? []), interaction])
  return new Map([...byArticle].map(([id, events]) => [id, flagsFrom(events)]))
}

export const useLibraryStore = defineStore('library', () => {
  // Shallow: thousands of summaries are replaced wholesale, never edited in place.
  const articles = shallowRef<ArticleSummary[]>([])
  const total = ref(0)
  const loaded = ref(false)
  const isEmpty = computed(() => loaded.value && total.value === 0)
  const sources = shallowRef<SourceRecord[]>([])
  const reading = shallowRef<ReadingState>({ progress: new Map(), flags: new Map() })
  const query = ref<LibraryQuery>({ ...DEFAULT_QUERY })
  const visible = computed(() => viewLibrary(articles.value, query.value, reading.value))
  const tags = computed(() => tagCounts(articles.value))
  const sourceTitles = computed(() => new Map(sources.value.map((source) => [source.id, source.title])))

  async function refresh(): Promise<void> {
    const [summaries, count, progress, interactions, sourceList] = await Promise.all([
      listArticleSummaries(),
      countArticles(),
      listProgress(),
      listInteractions(),
      listSources(),
    ])
    articles.value = summaries
    total.value = count
    sources.value = sourceList
    reading.value = { progress: new Map(progress.map((record) => [record.articleId, record])), flags: flagsByArticle(interactions) }
    loaded.value = true
  }

  /** Ingests every feed of the sample catalog through the same path as any feed, one by one. */
  function addSampleLibrary(): Promise<boolean> {
    return useIngestStore().run('Adding the sample library', async ({ report, cancelled }) => {
      // Loaded on demand: the ingest code stays out of the first screen's JavaScript.
      const { ingest } = await import('@/ingest/ingest-client')
      const catalogResponse = await fetch(SAMPLE_CATALOG_URL).catch(() => null)
      if (!catalogResponse?.ok) throw new IngestError('fetch_failed', 'The sample library could not be downloaded. Check your connection and try again.')
      const catalog = parseSampleCatalog(await catalogResponse.text())
      let added = 0
      const skipped: SkippedItem[] = []
      for (const feed of catalog.feeds) {
        if (cancelled()) break
        const result = await ingest({ type: 'url', url: feed.url, kind: 'sample' }, (next) => report({ ...next, feed: feed.title })).catch((error: unknown) => {
          if (added && error instanceof IngestError) throw new IngestError(error.code, `${error.message} Added ${added} articles before stopping.`)
          throw error
        })
        added += result?.added ?? 0
        skipped.push(...(result?.skipped ?? []))
        await refresh()
      }
      void requestPersistenceOnce()
      return `Added ${added} articles from the sample library${skipped.length ? `, ${describeSkipped(skipped)}` : ''}.`
    }, { kind: 'sample' })
  }

  return {
    articles,
    total,
    loaded,
    isEmpty,
    sources,
    reading,
    query,
    visible,
    tags,
    sourceTitles,
    refresh,
    addSampleLibrary,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
