/**
 * Runs `work` holding the Web Lock `name`, shared by every tab of this origin, where Web Locks exist
 * (not in Node tests, where there is one "tab"). The lock goes with the tab if it closes.
 */
export function withWebLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return work()
  return navigator.locks.request(name, work) as Promise<T>
}
