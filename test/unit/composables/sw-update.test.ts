import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createSwUpdater, UPDATE_CHECK_INTERVAL_MS, type UpdateEnvironment, type WorkboxLike } from '@/composables/sw-update'

/** The event shapes workbox-window dispatches: isUpdate is true or absent, isExternal likewise. */
type LifecycleEvent = { isUpdate?: true; isExternal?: true }
type Listener = (event: LifecycleEvent) => void

/** A registration whose workers a test can install by hand. */
class FakeRegistration extends EventTarget {
  active: object | null = {}
  waiting: object | null = null
  installing: (EventTarget & { state: string }) | null = null
  /** A new worker appears, installs, and waits. */
  installNewWorker(): void {
    const worker = Object.assign(new EventTarget(), { state: 'installing' })
    this.installing = worker
    this.dispatchEvent(new Event('updatefound'))
    worker.state = 'installed'
    this.installing = null
    this.waiting = worker
    worker.dispatchEvent(new Event('statechange'))
  }
}

/** A stand-in for workbox-window's Workbox that lets a test fire its lifecycle events. */
class FakeWorkbox {
  listeners = new Map<string, Listener[]>()
  registration = new FakeRegistration()
  register = vi.fn(() => Promise.resolve(this.registration as unknown as ServiceWorkerRegistration))
  update = vi.fn(() => Promise.resolve(undefined))
  messageSkipWaiting = vi.fn()
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  fire(type: string, event: LifecycleEvent = {}): void {
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
    wb.fire('installed')
    expect(updater.state.value).toBe('offline-ready')
    updater.dismiss()
    expect(updater.state.value).toBe('idle')

    const other = createSwUpdater(new FakeWorkbox() as unknown as WorkboxLike, env)
    expect(other.state.value).toBe('idle')
  })

  it('does not announce offline readiness when an update installs, found at start or later', () => {
    const updater = make()
    wb.fire('installed', { isUpdate: true })
    expect(updater.state.value).toBe('idle')
    wb.fire('installed', { isExternal: true })
    expect(updater.state.value).toBe('idle')
  })

  it('shows the banner while a new worker waits, and never skips waiting by itself', () => {
    const updater = make()
    wb.fire('installed', { isUpdate: true })
    wb.fire('waiting')
    expect(updater.state.value).toBe('update-waiting')
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled()
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
    wb.fire('installed')
    wb.fire('controlling')
    expect(env.reloads).toBe(0)
  })

  it('reloads a tab whose banner was still showing when another tab accepted the update', () => {
    make()
    wb.fire('waiting', { isExternal: true })
    wb.fire('controlling', { isExternal: true })
    expect(env.reloads).toBe(1)
  })

  it('sees later updates on the registration, after "Later" and after the first external one', async () => {
    const updater = make()
    await updater.start()
    wb.registration.installNewWorker()
    expect(updater.state.value).toBe('update-waiting')
    updater.dismiss()
    expect(updater.state.value).toBe('idle')
    // The next check finds the worker still waiting and asks again.
    await updater.checkForUpdate()
    expect(updater.state.value).toBe('update-waiting')
  })

  it('does not call the first install an update', async () => {
    const updater = make()
    wb.registration.active = null
    await updater.start()
    wb.registration.installNewWorker()
    expect(updater.state.value).toBe('idle')
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
