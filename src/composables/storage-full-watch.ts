import { isStorageFullMessage } from '../../sw/message-types'
import { isQuotaError, onStorageFull } from '@/db/quota'

/**
 * Listens for quota errors: those announced by code that handled them (an ingest), a rejected write
 * nobody handled anywhere in the page, and the service worker's report that a cache write ran out
 * of space. Calls `report` with what was not saved.
 * Returns the function that stops listening.
 */
export function watchForFullStorage(report: (what: string, options: { interrupt: boolean }) => void): () => void {
  const onRejection = (event: PromiseRejectionEvent): void => {
    if (!isQuotaError(event.reason)) return
    event.preventDefault() // handled: the person is told, the console need not be
    report('your last change', { interrupt: true })
  }
  const onMessage = (event: MessageEvent): void => {
    // The service worker caches in the background: said, without taking focus from the person.
    if (isStorageFullMessage(event.data)) report('pictures for offline reading', { interrupt: false })
  }
  window.addEventListener('unhandledrejection', onRejection)
  navigator.serviceWorker?.addEventListener('message', onMessage)
  const stopAnnounced = onStorageFull((what) => report(what, { interrupt: true }))
  return () => {
    stopAnnounced()
    window.removeEventListener('unhandledrejection', onRejection)
    navigator.serviceWorker?.removeEventListener('message', onMessage)
  }
}
