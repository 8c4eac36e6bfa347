/** Messages between the pages and the service worker; plain constants, so the app can import them. */

/** Page → worker: the person accepted the update banner. */
export const SKIP_WAITING = 'SKIP_WAITING'

/** Worker → pages: a cache write ran out of quota (the cache it was writing has been emptied). */
export const STORAGE_FULL = 'FOLIO_STORAGE_FULL'

export interface StorageFullMessage {
  type: typeof STORAGE_FULL
}

export function isStorageFullMessage(data: unknown): data is StorageFullMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === STORAGE_FULL
}
