import { registerQuotaErrorCallback } from 'workbox-core'
import { SKIP_WAITING, STORAGE_FULL, type StorageFullMessage } from './message-types'

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

/**
 * When a runtime cache write fails for lack of quota, workbox runs its quota callbacks (the
 * expiration plugins' purgeOnQuotaError empties their caches); this one tells every open page, so
 * the person learns why something will not be there offline and can free space.
 */
export function reportQuotaErrorsToPages(): void {
  registerQuotaErrorCallback(async () => {
    const message: StorageFullMessage = { type: STORAGE_FULL }
    for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message)
  })
}
