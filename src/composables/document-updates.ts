/** What workbox-broadcast-update posts to every window when a cached response changed. */
export interface CacheUpdatedMessage {
  type: 'CACHE_UPDATED'
  meta: 'workbox-broadcast-update'
  payload: { cacheName: string; updatedURL: string }
}

export function isCacheUpdatedMessage(data: unknown): data is CacheUpdatedMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as Partial<CacheUpdatedMessage>
  return (
    message.type === 'CACHE_UPDATED' &&
    message.meta === 'workbox-broadcast-update' &&
    typeof message.payload?.updatedURL === 'string' &&
    typeof message.payload.cacheName === 'string'
  )
}

/**
 * Calls `onUpdate` with the new body of `documentUrl` whenever the service worker reports that its
 * cached copy changed (stale-while-revalidate found a newer one). Returns the unsubscribe function.
 */
export function watchDocumentUpdates(documentUrl: string, onUpdate: (body: unknown) => void): () => void {
  const container = navigator.serviceWorker
  if (!container) return () => {}
  const wanted = new URL(documentUrl, location.href).href
  const listener = async (event: MessageEvent): Promise<void> => {
    if (!isCacheUpdatedMessage(event.data) || event.data.payload.updatedURL !== wanted) return
    const cache = await caches.open(event.data.payload.cacheName)
    const response = await cache.match(wanted)
    if (response) onUpdate(await response.json())
  }
  const handler = (event: MessageEvent): void => void listener(event)
  container.addEventListener('message', handler)
  return () => container.removeEventListener('message', handler)
}
