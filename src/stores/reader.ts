import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, toRaw } from 'vue'
import { getArticle, getNeighbours, putArticles } from '@/db/articles'
import { recordInteraction } from '@/db/interactions'
import type { ArticleRecord } from '@/db/schema'

export const useReaderStore = defineStore('reader', () => {
  const article = ref<ArticleRecord | null>(null)
  const previousId = ref<string | null>(null)
  const nextId = ref<string | null>(null)
  const notFound = ref(false)
  /** True once the article was replaced by a newer copy from the network. */
  const updated = ref(false)

  let latestOpen = 0

  /** Opens an article; a slower earlier call that finishes after a later one changes nothing. */
  async function open(id: string): Promise<void> {
    const call = ++latestOpen
    const [found, neighbours] = await Promise.all([getArticle(id), getNeighbours(id)])
    if (call !== latestOpen) return
    updated.value = false
    article.value = found ?? null
    notFound.value = !found
    previousId.value = neighbours.previous
    nextId.value = neighbours.next
    if (found) await recordInteraction(id, 'open')
  }

  /** Applies a newer copy of the current article (from its revalidated document) and stores it. */
  async function applyDocument(next: Pick<ArticleRecord, 'html' | 'text' | 'title' | 'summary' | 'wordCount' | 'readingMinutes'>): Promise<void> {
    const current = article.value
    if (!current || (current.html === next.html && current.title === next.title)) return
    const merged: ArticleRecord = { ...toRaw(current), ...next }
    article.value = merged
    updated.value = true
    await putArticles([merged])
  }

  return { article, previousId, nextId, notFound, updated, open, applyDocument }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReaderStore, import.meta.hot))
