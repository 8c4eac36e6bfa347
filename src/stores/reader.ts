import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, toRaw } from 'vue'
import { getArticle, getNeighbours, putArticles } from '@/db/articles'
import { getArticleFlags, recordInteraction, type ArticleFlags } from '@/db/interactions'
import type { ArticleRecord } from '@/db/schema'
import { useRecsStore } from './recs'
import { useStorageStore } from './storage'

export const useReaderStore = defineStore('reader', () => {
  const article = ref<ArticleRecord | null>(null)
  const previousId = ref<string | null>(null)
  const nextId = ref<string | null>(null)
  const notFound = ref(false)
  /** True once the article was replaced by a newer copy from the network. */
  const updated = ref(false)
  const flags = ref<ArticleFlags>({ reaction: null, saved: false })

  let latestOpen = 0

  /** Suggestions follow what the person does, but only once the home screen has been computed. */
  function refreshSuggestions(): void {
    const recs = useRecsStore()
    if (recs.home) void recs.refresh()
  }

  /** Opens an article; a slower earlier call that finishes after a later one changes nothing. */
  async function open(id: string): Promise<void> {
    const call = ++latestOpen
    const [found, neighbours, articleFlags] = await Promise.all([getArticle(id), getNeighbours(id), getArticleFlags(id)])
    if (call !== latestOpen) return
    flags.value = articleFlags
    updated.value = false
    article.value = found ?? null
    notFound.value = !found
    previousId.value = neighbours.previous
    nextId.value = neighbours.next
    if (!found) return
    await recordInteraction(id, 'open')
    refreshSuggestions()
  }

  /** Applies a newer copy of the current article (from its revalidated document) and stores it. */
  async function applyDocument(next: Pick<ArticleRecord, 'html' | 'text' | 'title' | 'summary' | 'wordCount' | 'readingMinutes'>): Promise<void> {
    const current = article.value
    if (!current || (current.html === next.html && current.title === next.title)) return
    const merged: ArticleRecord = { ...toRaw(current), ...next }
    article.value = merged
    updated.value = true
    await putArticles([merged])
    void useRecsStore().invalidate() // its text changed: so may its facets and words
  }

  /** Like or dislike; choosing the current reaction again clears it. */
  async function react(reaction: 'like' | 'dislike'): Promise<void> {
    const id = article.value?.id
    if (!id) return
    const next = flags.value.reaction === reaction ? null : reaction
    await changeFlags({ reaction: next }, () => recordInteraction(id, next ?? 'unreact'), next ? `your ${next}` : 'your change')
  }

  async function toggleSaved(): Promise<void> {
    const id = article.value?.id
    if (!id) return
    const saved = !flags.value.saved
    await changeFlags({ saved }, () => recordInteraction(id, saved ? 'save' : 'unsave'), saved ? 'this article for later' : 'your change')
  }

  /**
   * Shows the change at once and records it; when the write fails the change is taken back, and a
   * full storage is reported as such (`what`: what was not saved).
   */
  async function changeFlags(change: Partial<ArticleFlags>, record: () => Promise<unknown>, what: string): Promise<void> {
    const before = flags.value
    flags.value = { ...before, ...change }
    try {
      await record()
    } catch (error) {
      flags.value = before
      if (!useStorageStore().reportIfFull(error, what)) throw error
      return
    }
    refreshSuggestions()
  }

  return { article, previousId, nextId, notFound, updated, flags, open, applyDocument, react, toggleSaved }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReaderStore, import.meta.hot))
