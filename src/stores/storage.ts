import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { clearImageCaches, countCachedImages } from '@/composables/image-cache'
import { isQuotaError } from '@/db/quota'

/** Finished articles older than this are offered for deletion when storage is full. */
export const OLD_FINISHED_DAYS = 30

/** 'a' · 'a and b' · 'a, b and c'. */
const inWords = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)

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
  /** What was not saved since the notice opened, in order ("the new articles"). */
  const failed = ref<string[]>([])
  /** The same, as words for the notice ("your like and pictures for offline reading"), or null. */
  const notSaved = computed(() => (failed.value.length ? inWords(failed.value) : null))
  const options = ref<FreeSpaceOptions | null>(null)
  const status = ref('')
  /** Bumped when a report should take focus: one the person's own action caused. */
  const focusRequests = ref(0)
  /** Reports the person closed: not shown again for the same thing until space is freed. */
  const dismissed = new Set<string>()
  let counting: Promise<void> | null = null

  /** The sources store (and the library code behind it) loads only once storage runs out. */
  const sources = async () => (await import('./sources')).useSourcesStore()

  async function countOptions(): Promise<void> {
    const [images, oldFinished] = await Promise.all([countCachedImages(), (await sources()).countFinished(OLD_FINISHED_DAYS)])
    options.value = { images, oldFinished }
  }

  /**
   * Says that `what` was not saved for lack of space, and counts what could be freed. `interrupt`:
   * the person's own action failed, so the notice takes focus (a background cache write does not).
   */
  function report(what: string, { interrupt = true } = {}): Promise<void> {
    // Repeats (a reading position saved every second) keep the notice as it is; a closed one stays closed.
    if (dismissed.has(what)) return Promise.resolve()
    if (failed.value.includes(what) && counting) return counting
    const shown = failed.value.length > 0
    failed.value = [...failed.value, what]
    status.value = ''
    if (interrupt && !shown) focusRequests.value += 1
    counting = countOptions().catch((error: unknown) => console.error(error))
    return counting
  }

  /** Reports `error` if it is a quota error; returns whether it was. */
  function reportIfFull(error: unknown, what: string): boolean {
    if (!isQuotaError(error)) return false
    void report(what)
    return true
  }

  /** Runs a way of freeing space; says what it did, or why it could not. Freed space makes new failures news again. */
  async function free(action: () => Promise<string>): Promise<void> {
    try {
      status.value = await action()
      dismissed.clear()
    } catch (error) {
      console.error(error)
      status.value = `That did not work (${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}). Try Manage storage.`
    }
    await countOptions().catch((error: unknown) => console.error(error))
  }

  function clearImages(): Promise<void> {
    return free(async () => {
      const count = await clearImageCaches()
      return `Cleared ${count} cached ${count === 1 ? 'image' : 'images'}. Pictures load again when you are online.`
    })
  }

  function removeOldFinished(): Promise<void> {
    return free(async () => {
      const count = await (await sources()).deleteFinished(OLD_FINISHED_DAYS)
      return `Deleted ${count} finished ${count === 1 ? 'article' : 'articles'}.`
    })
  }

  function dismiss(): void {
    for (const what of failed.value) dismissed.add(what)
    counting = null
    failed.value = []
    options.value = null
    status.value = ''
  }

  return { notSaved, options, status, focusRequests, report, reportIfFull, clearImages, removeOldFinished, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStorageStore, import.meta.hot))
