import { onScopeDispose, type Ref } from 'vue'
import { recordInteraction } from '@/db/interactions'
import { useRecsStore } from '@/stores/recs'
import { useStorageStore } from '@/stores/storage'
import { FINISHED_AT_FRACTION, getProgress, saveProgress } from '@/db/progress'
import { fractionAt, lineFor, type LaidOutBlock } from './reading-position'

/** How often, at most, a moving position is written to IndexedDB. */
const SAVE_EVERY_MS = 1000
/** How long after a failed save the next try comes, and how many tries follow one failure. */
const RETRY_AFTER_MS = 5000
const MAX_RETRIES = 3

/** The reading line sits just below the sticky header. */
function readingLineOffset(): number {
  return (document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0) + 8
}

function layOut(container: HTMLElement): LaidOutBlock[] {
  return Array.from(container.children, (child) => {
    const rect = child.getBoundingClientRect()
    return { top: rect.top + window.scrollY, height: rect.height, chars: child.textContent?.length ?? 0 }
  })
}

const atPageEnd = (): boolean => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2

/**
 * Follows the reading position in `container` (the article body) as a fraction of its text:
 * restores the saved position, saves as the person reads and when the page is hidden, and marks
 * the article finished (with a `finish` interaction) the first time its end is reached.
 * `fraction` shows the position as it moves. Stops with the calling effect scope.
 */
export function followReadingProgress(articleId: string, container: HTMLElement, fraction: Ref<number>): void {
  let blocks = layOut(container)
  let saveTimer: ReturnType<typeof setTimeout> | null = null
  let frame = 0
  let finished = false
  let failures = 0
  /** When this page saw the article finished, until its `finish` interaction is stored. */
  let finishToRecord: number | null = null
  let disposed = false

  /**
   * Saves. A failed save is tried again a little later even if the reader does not scroll again (the
   * finish must not be lost); when storage is full the person is told as well.
   */
  async function save(): Promise<void> {
    try {
      await savePosition()
    } catch (error) {
      if (!useStorageStore().reportIfFull(error, 'your reading position')) console.error('Saving the reading position failed.', error)
      failures += 1
      // Not after leaving the article: a late retry could write an old position over a newer one.
      if (failures <= MAX_RETRIES && !disposed) saveTimer ??= setTimeout(() => void save(), RETRY_AFTER_MS)
      return
    }
    failures = 0
  }

  async function savePosition(): Promise<void> {
    saveTimer = null
    const record = await saveProgress(articleId, fraction.value)
    if (!finished && record.finishedAt !== null) {
      finished = true
      // Finished by this save (not earlier, elsewhere): a finish to record, kept until it is.
      if (record.finishedAt === record.updatedAt) finishToRecord = record.finishedAt
    }
    if (finishToRecord !== null) {
      // Taken before the write, so an overlapping save (the page hidden meanwhile) cannot record it twice.
      const at = finishToRecord
      finishToRecord = null
      try {
        await recordInteraction(articleId, 'finish', at)
      } catch (error) {
        finishToRecord = at
        throw error
      }
      // Finishing is the strongest implicit signal: rows already shown follow it (in the worker).
      const recs = useRecsStore()
      if (recs.home) void recs.refresh()
    }
  }

  function measure(): void {
    frame = 0
    fraction.value = atPageEnd() ? 1 : fractionAt(blocks, window.scrollY + readingLineOffset())
    saveTimer ??= setTimeout(() => void save(), SAVE_EVERY_MS)
  }

  const onScroll = (): void => {
    frame ||= requestAnimationFrame(measure)
  }
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') void save()
  }
  const resize = new ResizeObserver(() => {
    // Keep the same text at the reading line when the layout changes (font size, rotation).
    const keep = fraction.value
    blocks = layOut(container)
    if (keep > 0 && keep < 1) window.scrollTo(0, lineFor(blocks, keep) - readingLineOffset())
  })

  void getProgress(articleId).then((saved) => {
    finished = saved?.finishedAt != null
    blocks = layOut(container)
    const start = saved?.fraction ?? 0
    if (start > 0 && start < FINISHED_AT_FRACTION) {
      window.scrollTo(0, lineFor(blocks, start) - readingLineOffset())
      fraction.value = start
    } else if (window.scrollY > 0) {
      onScroll() // scrolled while the saved position was being read: measure where it is now
    } else {
      fraction.value = start
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    resize.observe(container)
  })
  document.addEventListener('visibilitychange', onHidden)

  onScopeDispose(() => {
    disposed = true
    window.removeEventListener('scroll', onScroll)
    document.removeEventListener('visibilitychange', onHidden)
    resize.disconnect()
    if (frame) cancelAnimationFrame(frame)
    if (saveTimer) {
      clearTimeout(saveTimer)
      void save() // leaving the article keeps where it stopped
    }
  })
}
