import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { listArticleIds } from '@/db/articles'
import { withWebLock } from '@/composables/web-lock'
import { ignoreQuotaError } from '@/db/quota'
import { getSetting, setSetting, type TopicNames } from '@/db/settings'
import type { TopicProgress } from '@/ml/topics/topic-model'
import { planAfterIngest } from '@/topics/schedule'
import { cancelTopicFit, fitTopics, foldInTopics, loadTopics } from '@/topics/topics-client'
import { useIngestStore } from './ingest'
import { useRecsStore } from './recs'
import { useStorageStore } from './storage'
import type { TopicSummary, TopicsView } from '@/topics/topic-view'

/** A topic with the name the person gave it, if any; `title` is what to show. */
export interface NamedTopic extends TopicSummary {
  name: string | null
  title: string
}

/** An article of a topic and its share of that topic (its row of W, normalized). */
export interface TopicArticle {
  id: string
  weight: number
}

export type TopicsActivity = 'idle' | 'loading' | 'fitting' | 'folding'

/**
 * The library's topics: the stored model's view (words and each article's topic proportions,
 * never H), people's names for topics, and the work that keeps them current. Fitting, folding in
 * and loading run in the topics worker, one at a time.
 */
/** Held while a tab fits or folds in, so tabs take turns and a catch-up never redoes running work. */
const TOPICS_LOCK = 'folio-topics'

export const useTopicsStore = defineStore('topics', () => {
  // Shallow: replaced whole by each fit, fold-in or load; its typed arrays are never edited.
  const view = shallowRef<TopicsView | null>(null)
  const names = ref<TopicNames>({})
  const loaded = ref(false)
  const activity = ref<TopicsActivity>('idle')
  const progress = ref<TopicProgress | null>(null)
  const error = ref<string | null>(null)
  const message = ref<string | null>(null)
  const fitting = computed(() => activity.value === 'fitting')
  const topics = computed<NamedTopic[]>(() =>
    (view.value?.topics ?? []).map((topic) => {
      const name = names.value[topic.id] ?? null
      return { ...topic, name, title: name ?? topic.label }
    }),
  )
  const rowOf = computed(() => new Map(view.value?.documentIds.map((id, row) => [id, row])))
  const ingest = useIngestStore()
  let queue: Promise<unknown> = Promise.resolve()

  /** Runs `operation` after the ones before it; a failure becomes `error` and `false`. */
  function enqueue(operation: () => Promise<void>): Promise<boolean> {
    const next = queue.then(async () => {
      error.value = null
      try {
        await operation()
        return true
      } catch (caught) {
        if (useStorageStore().reportIfFull(caught, 'the topic model')) {
          error.value = 'Folio could not save the topics: storage is full.'
        } else {
          error.value = 'Folio could not update the topics. Try again.'
          console.error(caught)
        }
        return false
      } finally {
        activity.value = 'idle'
        progress.value = null
      }
    })
    queue = next
    return next
  }

  async function loadNow(): Promise<void> {
    activity.value = 'loading'
    const [stored, storedNames] = await Promise.all([loadTopics(), getSetting('topicNames')])
    view.value = stored
    names.value = storedNames
    loaded.value = true
  }

  async function fitNow(): Promise<void> {
    activity.value = 'fitting'
    message.value = null
    const start = performance.now()
    const outcome = await fitTopics({ k: await getSetting('topicCount') }, (update) => (progress.value = update))
    if (!outcome.ok && outcome.code === 'cancelled') {
      message.value = outcome.message
      void useRecsStore().invalidate()
      return loadNow() // the worker may have been ended just after saving
    }
    if (!outcome.ok) {
      error.value = outcome.message
      return
    }
    performance.measure('folio:topics-fit', { start, end: performance.now() })
    view.value = outcome.view
    void useRecsStore().invalidate() // suggestions read the stored model
    names.value = await getSetting('topicNames') // the fit dropped names of topics that vanished
    loaded.value = true
    message.value = `Found ${outcome.view.topics.length} topics in ${outcome.view.fittedCount} articles.`
  }

  async function foldInNow(ids: string[]): Promise<void> {
    activity.value = 'folding'
    view.value = (await foldInTopics(ids)) ?? view.value
    void useRecsStore().invalidate()
  }

  /** Reads the stored model (never fits): at start, and whenever a page wants fresh counts. */
  function load(): Promise<boolean> {
    // A page opened after the last fit ended does not repeat its message; one opened during a fit shows it.
    if (activity.value === 'idle') message.value = null
    return enqueue(loadNow)
  }

  /** Fits the whole library again, with the number of topics from the settings. */
  function refit(): Promise<boolean> {
    return enqueue(() => withWebLock(TOPICS_LOCK, fitNow))
  }

  /** Stops a running fit; the topics stay as they were. */
  function cancel(): void {
    cancelTopicFit()
  }

  /**
   * After every ingest task (src/stores/ingest.ts): fits when there is no model yet and the library is
   * big enough; otherwise folds the new articles in at once and refits when the library has grown
   * enough (src/topics/schedule.ts).
   */
  function afterIngest(): Promise<boolean> {
    return enqueue(() => withWebLock(TOPICS_LOCK, followLibrary))
  }

  async function followLibrary(): Promise<void> {
    if (!loaded.value) await loadNow()
    const ids = await listArticleIds()
    const unplaced = ids.filter((id) => !rowOf.value.has(id))
    const plan = planAfterIngest({ articles: ids.length, unplaced: unplaced.length, fittedCount: view.value?.fittedCount ?? null })
    if (!plan.foldIn && !plan.fit) return
    // Journalled: a tab closed before this ends leaves the flag set, and the next start catches up.
    await setSetting('topicsUnfinished', true).catch(ignoreQuotaError)
    if (plan.foldIn) await foldInNow(unplaced)
    if (plan.fit) await fitNow()
    await setSetting('topicsUnfinished', false).catch(ignoreQuotaError)
  }

  /**
   * Redoes a fold-in or fit that a closed tab cut short. The journal is read under the topics lock:
   * a tab still doing the work holds it (and clears the journal when done), so only cut-short work
   * is redone, by one tab.
   */
  function catchUp(): Promise<boolean> {
    return enqueue(() =>
      withWebLock(TOPICS_LOCK, async () => {
        if (!(await getSetting('topicsUnfinished'))) return
        await followLibrary()
        // Done, or nothing was left to do (the cut-short work had saved all it needed).
        await setSetting('topicsUnfinished', false).catch(ignoreQuotaError)
      }),
    )
  }

  // Topics follow the library: App.vue creates this store after the first screen, and every ingest
  // task that ends is followed by a fold-in or a fit (immediate: one may have ended before). At
  // creation it also catches up on a fold-in or fit that a closed tab cut short.
  watch(
    () => ingest.finished,
    (finished) => {
      if (finished > 0) void afterIngest()
    },
    { immediate: true },
  )
  if (ingest.finished === 0) void catchUp()

  /** Names a topic; an empty name gives it back its label. Names follow topics across refits. */
  async function rename(id: number, name: string): Promise<void> {
    const { [id]: _previous, ...others } = names.value
    const trimmed = name.trim()
    const next: Record<string, string> = trimmed ? { ...others, [id]: trimmed } : others
    names.value = next
    await setSetting('topicNames', next) // a fresh plain object: nothing reactive goes to IndexedDB
  }

  function topic(id: number): NamedTopic | null {
    return topics.value.find((candidate) => candidate.id === id) ?? null
  }

  /** The articles whose strongest topic is `id`, heaviest first (those deleted since are gone). */
  function articlesOf(id: number): TopicArticle[] {
    const current = view.value
    const position = current?.topics.findIndex((candidate) => candidate.id === id) ?? -1
    if (!current || position < 0) return []
    const articles: TopicArticle[] = []
    current.strongest.forEach((strongest, row) => {
      if (strongest === position) articles.push({ id: current.documentIds[row]!, weight: current.weights[row * current.k + position]! })
    })
    return articles.sort((a, b) => b.weight - a.weight)
  }

  /** The strongest topic of an article, or null when the model does not place it. */
  function topicOf(articleId: string): NamedTopic | null {
    const row = rowOf.value.get(articleId)
    return row === undefined ? null : (topics.value[view.value!.strongest[row]!] ?? null)
  }

  return {
    view,
    names,
    loaded,
    activity,
    progress,
    error,
    message,
    fitting,
    topics,
    load,
    refit,
    cancel,
    afterIngest,
    rename,
    topic,
    articlesOf,
    topicOf,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useTopicsStore, import.meta.hot))
