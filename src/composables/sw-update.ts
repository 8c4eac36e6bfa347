import { readonly, ref, shallowRef, type Ref } from 'vue'
import type { Workbox } from 'workbox-window'

/** The part of workbox-window's Workbox the updater uses (a fake in unit tests). */
export type WorkboxLike = Pick<Workbox, 'addEventListener' | 'register' | 'update' | 'messageSkipWaiting'>

/** What the updater needs from the page, injected so the state machine is testable. */
export interface UpdateEnvironment {
  isOnline(): boolean
  /** Calls back whenever the page becomes visible; returns the unsubscribe function. */
  onVisible(callback: () => void): () => void
  /** Calls back every `ms`; returns the cancel function. */
  every(ms: number, callback: () => void): () => void
  reload(): void
}

export type UpdateState =
  /** No worker yet, or nothing to say. */
  | 'idle'
  /** The first worker installed: the app now works offline. */
  | 'offline-ready'
  /** A new worker is installed and waiting for the person to accept it. */
  | 'update-waiting'
  /** The person accepted; waiting for the new worker to take control, then reloading. */
  | 'updating'

/** How often an open app asks for a new version. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000 // hourly

export interface SwUpdater {
  state: Readonly<Ref<UpdateState>>
  start(): Promise<ServiceWorkerRegistration | undefined>
  checkForUpdate(): Promise<boolean>
  acceptUpdate(): void
  dismiss(): void
  stop(): void
}

/**
 * Registration and update flow over workbox-window: "Ready to read offline" after the first install,
 * an update banner while a new worker waits, SKIP_WAITING on accept and one reload once the new
 * worker controls the page. Checks for updates hourly and when the page becomes visible, never
 * while offline.
 */
export function createSwUpdater(wb: WorkboxLike, env: UpdateEnvironment): SwUpdater {
  const state = ref<UpdateState>('idle')
  const cleanups: Array<() => void> = []
  let registration: ServiceWorkerRegistration | undefined
  let reloading = false

  const showWaiting = (): void => {
    if (state.value !== 'updating') state.value = 'update-waiting'
  }

  // workbox-window sets isUpdate only for an update found at registration, and isExternal for one
  // found later; the very first install has neither.
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate && !event.isExternal && state.value === 'idle') state.value = 'offline-ready'
  })
  wb.addEventListener('waiting', showWaiting)
  wb.addEventListener('controlling', () => {
    // A new version took over (accepted here or in another tab): this page runs old code whose
    // lazy chunks the new precache no longer has, so it reloads once. The first install's
    // clientsClaim happens in 'idle' or 'offline-ready' and reloads nothing.
    if ((state.value === 'updating' || state.value === 'update-waiting') && !reloading) {
      reloading = true
      env.reload()
    }
  })

  async function checkForUpdate(): Promise<boolean> {
    if (!env.isOnline()) return false
    try {
      await wb.update()
    } catch {
      return false // a failed check (flaky network) is retried on the next tick or visit
    }
    // workbox-window reports only the first external update; later ones (a second deploy in a
    // long session, or after "Later") are seen on the registration itself.
    if (registration?.waiting && registration.active) showWaiting()
    return true
  }

  return {
    state: readonly(state),
    async start() {
      registration = await wb.register()
      registration?.addEventListener('updatefound', () => {
        const installing = registration?.installing
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && registration?.active) showWaiting()
        })
      })
      cleanups.push(env.every(UPDATE_CHECK_INTERVAL_MS, () => void checkForUpdate()))
      cleanups.push(env.onVisible(() => void checkForUpdate()))
      return registration
    },
    checkForUpdate,
    acceptUpdate() {
      if (state.value !== 'update-waiting') return
      state.value = 'updating'
      wb.messageSkipWaiting()
    },
    dismiss() {
      if (state.value === 'offline-ready' || state.value === 'update-waiting') state.value = 'idle'
    },
    stop() {
      for (const cleanup of cleanups.splice(0)) cleanup()
    },
  }
}

/** The page's real environment. */
export const browserUpdateEnvironment: UpdateEnvironment = {
  isOnline: () => navigator.onLine,
  onVisible(callback) {
    const listener = (): void => {
      if (document.visibilityState === 'visible') callback()
    }
    document.addEventListener('visibilitychange', listener)
    return () => document.removeEventListener('visibilitychange', listener)
  },
  every(ms, callback) {
    const timer = setInterval(callback, ms)
    return () => clearInterval(timer)
  },
  reload: () => window.location.reload(),
}

/** The app's one updater, once registration has started; null in dev and where unsupported. */
export const swUpdater = shallowRef<SwUpdater | null>(null)

/**
 * Registers /sw.js in production builds. Does nothing where service workers are unavailable
 * (dev server, old browsers, insecure origins).
 */
export async function startServiceWorker(): Promise<void> {
  if (swUpdater.value || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const { Workbox } = await import('workbox-window')
  const updater = createSwUpdater(new Workbox('/sw.js', { scope: '/', type: 'classic' }), browserUpdateEnvironment)
  swUpdater.value = updater
  await updater.start()
}
