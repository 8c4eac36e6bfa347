import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createSwUpdater, UPDATE_CHECK_INTERVAL_MS, type UpdateEnvironment, type WorkboxLike } from '@/composables/sw-update'

type Listener = (event: { isUpdate?: boolean }) => void

/** A stand-in for workbox-window's Workbox that lets a test fire its lifecycle events. */
class FakeWorkbox {
  listeners = new Map<string, Listener[]>()
  register = vi.fn(() => Promise.resolve(undefined))
  update = vi.fn(() => Promise.resolve(undefined))
  messageSkipWaiting = vi.fn()
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  fire(type: string, event: { isUpdate?: boolean } = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }
}

class FakeEnvironment implements UpdateEnvironment {
  online = true
  reloads = 0
  visibleCallbacks: Array<() => void> = []
  timers: Array<{ ms: number; callback: () => void; cancelled: boolean }> = []
  isOnline = (): boolean => this.online
  onVisible(callback: () => void): () => void {
    this.visibleCallbacks.push(callback)
    return () => {
      this.visibleCallbacks = this.visibleCallbacks.filter((entry) => entry !== callback)
    }
  }
  every(ms: number, callback: () => void): () => void {
    const timer = { ms, callback, cancelled: false }
    this.timers.push(timer)
    return () => {
      timer.cancelled = true
    }
  }
  reload(): void {
    this.reloads += 1
  }
  tick(): void {
    for (const timer of this.timers) if (!timer.cancelled) timer.callback()
  }
  becomeVisible(): void {
    for (const callback of this.visibleCallbacks) callback()
  }
}

describe('service worker updater', () => {
  let wb: FakeWorkbox
  let env: FakeEnvironment
  beforeEach(() => {
    wb = new FakeWorkbox()
    env = new FakeEnvironment()
  })
  const make = () => createSwUpdater(wb as unknown as WorkboxLike, env)

  it('says "ready to read offline" after the first install only', () => {
    const updater = make()
    wb.fire('installed', { isUpdate: false })
    expect(updater.state.value).toBe('offline-ready')
    updater.dismiss()
    expect(updater.state.value).toBe('idle')

    const other = createSwUpdater(new FakeWorkbox() as unknown as WorkboxLike, env)
    expect(other.state.value).toBe('idle')
  })

  it('does not announce offline readiness when an update installs', () => {
    const updater = make()
    wb.fire('installed', { isUpdate: true })
    expect(updater.state.value).toBe('idle')
  })

  it('shows the banner while a new worker waits, and never skips waiting by itself', () => {
    const updater = make()
    wb.fire('installed', { isUpdate: true })
    wb.fire('waiting')
    expect(updater.state.value).toBe('update-waiting')
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled()
    wb.fire('controlling', { isUpdate: true })
    expect(env.reloads).toBe(0)
  })

  it('sends SKIP_WAITING on accept and reloads once when the new worker controls the page', () => {
    const updater = make()
    wb.fire('waiting')
    updater.acceptUpdate()
    expect(updater.state.value).toBe('updating')
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1)
    expect(env.reloads).toBe(0)
    wb.fire('controlling', { isUpdate: true })
    wb.fire('controlling', { isUpdate: true })
    expect(env.reloads).toBe(1)
  })

  it('ignores accept when nothing waits', () => {
    const updater = make()
    updater.acceptUpdate()
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled()
    expect(updater.state.value).toBe('idle')
  })

  it('does not reload when the first worker claims the page', () => {
    make()
    wb.fire('installed', { isUpdate: false })
    wb.fire('controlling', { isUpdate: false })
    expect(env.reloads).toBe(0)
  })

  it('checks hourly and when the page becomes visible, never while offline', async () => {
    const updater = make()
    await updater.start()
    expect(wb.register).toHaveBeenCalledTimes(1)
    expect(env.timers.map((timer) => timer.ms)).toEqual([UPDATE_CHECK_INTERVAL_MS])
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(3_600_000)

    env.tick()
    env.becomeVisible()
    expect(wb.update).toHaveBeenCalledTimes(2)

    env.online = false
    env.tick()
    env.becomeVisible()
    expect(await updater.checkForUpdate()).toBe(false)
    expect(wb.update).toHaveBeenCalledTimes(2)

    env.online = true
    updater.stop()
    env.tick()
    env.becomeVisible()
    expect(wb.update).toHaveBeenCalledTimes(2)
  })

  it('treats a failed update check as a miss, not a crash', async () => {
    const updater = make()
    wb.update.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    expect(await updater.checkForUpdate()).toBe(false)
    expect(await updater.checkForUpdate()).toBe(true)
  })
})
