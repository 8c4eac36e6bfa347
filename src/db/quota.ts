/**
 * Whether `error` says the browser refused a write for lack of space: IndexedDB aborts the
 * transaction with a QuotaExceededError (Firefox once named it NS_ERROR_DOM_QUOTA_REACHED), and
 * Cache Storage rejects `put` with one. Errors that crossed a worker boundary keep only their name.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, code } = error as { name?: unknown; code?: unknown }
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (name !== 'AbortError' && code === 22)
}

/** For `.catch` on writes that may be skipped when storage is full (a journal, a cache); rethrows anything else. */
export function ignoreQuotaError(error: unknown): void {
  if (!isQuotaError(error)) throw error
}

type FullListener = (what: string) => void
const listeners = new Set<FullListener>()

/**
 * Tells whoever listens (the shell's storage notice) that `what` could not be saved for lack of
 * space. For code that handles the failure itself and must not depend on the page's stores.
 */
export function announceStorageFull(what: string): void {
  for (const listener of listeners) listener(what)
}

/** Subscribes to `announceStorageFull`; returns the unsubscribe function. */
export function onStorageFull(listener: FullListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
