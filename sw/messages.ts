/** The one message the page sends: the person accepted the update banner. */
export const SKIP_WAITING = 'SKIP_WAITING'

declare const self: ServiceWorkerGlobalScope

/** The worker never skips waiting by itself: only when a page asks, after the person agrees. */
export function listenForSkipWaiting(): void {
  self.addEventListener('message', (event: ExtendableMessageEvent) => {
    const data: unknown = event.data
    if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING) {
      void self.skipWaiting()
    }
  })
}
