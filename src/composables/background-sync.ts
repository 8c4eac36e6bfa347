/** After start, wait this long so the first screen is drawn before any network work. */
const START_DELAY_MS = 2_000

/**
 * Keeps the library current without being asked: at start and whenever the connection returns,
 * pages saved while offline are fetched and feeds not checked for a while are refreshed.
 * Returns a function that stops listening.
 */
export function startBackgroundSync(): () => void {
  const sync = async (): Promise<void> => {
    if (!navigator.onLine) return
    // Loaded on demand: feed and page code stays out of the first screen's JavaScript.
    const [{ useSavedPagesStore }, { useSourcesStore }] = await Promise.all([import('@/stores/saved-pages'), import('@/stores/sources')])
    await useSavedPagesStore().fetchPending()
    await useSourcesStore().refreshFeeds({ staleOnly: true })
  }
  const onOnline = () => void sync()
  const timer = setTimeout(onOnline, START_DELAY_MS)
  window.addEventListener('online', onOnline)
  return () => {
    clearTimeout(timer)
    window.removeEventListener('online', onOnline)
  }
}
