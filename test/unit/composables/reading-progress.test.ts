// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import type * as Interactions from '@/db/interactions'
import { listInteractions, recordInteraction } from '@/db/interactions'
import { getProgress } from '@/db/progress'
import { followReadingProgress } from '@/composables/reading-progress'
import { resetIndexedDb } from '../db/reset'

vi.mock('@/db/interactions', async (importOriginal) => {
  const actual = await importOriginal<typeof Interactions>()
  return { ...actual, recordInteraction: vi.fn(actual.recordInteraction) }
})

describe('reading progress', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(): void {}
        disconnect(): void {}
      },
    )
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  // Real timers (fake-indexeddb runs on them): the retry comes 5 s after the failure.
  it('keeps trying to record a finish whose first write failed, and records it once', { timeout: 20_000 }, async () => {
    // jsdom lays nothing out, so the page's end is in view at once: reading it is finishing it.
    vi.mocked(recordInteraction).mockRejectedValueOnce(new Error('the database connection is closing'))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const container = document.createElement('div')
    container.innerHTML = '<p>Call me Ishmael.</p>'
    document.body.append(container)
    const scope = effectScope()
    scope.run(() => followReadingProgress('moby-1', container, ref(0)))
    await vi.waitFor(async () => expect(await getProgress('moby-1')).toBeUndefined())

    window.dispatchEvent(new Event('scroll'))
    await vi.waitFor(async () => expect((await getProgress('moby-1'))?.finishedAt).toEqual(expect.any(Number)), { timeout: 5_000 })
    await vi.waitFor(async () => expect((await listInteractions()).filter((entry) => entry.event === 'finish')).toHaveLength(1), { timeout: 10_000 })
    expect(vi.mocked(recordInteraction)).toHaveBeenCalledTimes(2) // the failed try, then the retry
    scope.stop()
    container.remove()
  })
})
