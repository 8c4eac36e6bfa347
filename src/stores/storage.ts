import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { clearImageCaches, countCachedImages } from '@/composables/image-cache'
import { isQuotaError } from '@/db/quota'

/** Finished articles older than this are offered for deletion when storage is full. */
export const OLD_FINISHED_DAYS = 30

/** What the person can delete to make room, counted when storage ran out. */
export interface FreeSpaceOptions {
  images: number
  oldFinished: number
}

/**
 * Running out of storage, for the whole app: any write the browser refused for lack of quota is
 * reported here (`reportIfFull`), the notice says what was not saved, and offers to free space.
 */
export const useStorageStore = defineStore('storage', () => {
  /** What was not saved the last time storage ran out ("the new articles"), or null. */
  const notSaved = ref<string | null>(null)
  const options = ref<FreeSpaceOptions | null>(null)
  const status = ref('')
  let counting: Promise<void> | null = null

  /** The sources store (and the library code behind it) loads only once storage runs out. */
  const sources = async () => (await import('./sources')).useSourcesStore()

  async function countOptions(): Promise<void> {
    const [images, oldFinished] = await Promise.all([countCachedImages(), (await sources()).countFinished(OLD_FINISHED_DAYS)])
    options.value = { images, oldFinished }
  }

  /** Says that `what` was not saved for lack of space, and counts what could be freed. */
  function report(what: string): Promise<void> {
    // Repeats (a reading position saved every second) keep the notice as it is.
    if (notSaved.value === what && counting) return counting
    notSaved.value = what
    status.value = ''
    counting = countOptions().catch((error: unknown) => console.error(error))
    return counting
  }

  /** Reports `error` if it is a quota error; returns whether it was. */
  function reportIfFull(error: unknown, what: string): boolean {
    if (!isQuotaError(error)) return false
    void report(what)
    return true
  }

  async function clearImages(): Promise<void> {
    const count = await clearImageCaches()
    status.value = `Cleared ${count} cached ${count === 1 ? 'image' : 'images'}. Pictures load again when you are online.`
    await countOptions()
  }

  async function removeOldFinished(): Promise<void> {
    const count = await (await sources()).deleteFinished(OLD_FINISHED_DAYS)
    status.value = `Deleted ${count} finished ${count === 1 ? 'article' : 'articles'}.`
    await countOptions()
  }

  function dismiss(): void {
    counting = null
    notSaved.value = null
    options.value = null
    status.value = ''
  }

  return { notSaved, options, status, report, reportIfFull, clearImages, removeOldFinished, dismiss, settled: () => counting }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStorageStore, import.meta.hot))
