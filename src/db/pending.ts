import { getDb } from './index'
import type { PendingUrlRecord } from './schema'

/** Keeps a URL to fetch later (share target, offline saves); saving it twice keeps one entry. */
export async function addPendingUrl(url: string, title: string | null, now = Date.now()): Promise<PendingUrlRecord> {
  const db = await getDb()
  const tx = db.transaction('pending', 'readwrite')
  const record = (await tx.store.get(url)) ?? { url, title, addedAt: now, attempts: 0, lastError: null }
  await Promise.all([tx.store.put(record), tx.done])
  return record
}

export async function listPendingUrls(): Promise<PendingUrlRecord[]> {
  return (await getDb()).getAll('pending')
}

/** Forgets a pending URL once its article is stored (or the person removes it). */
export async function deletePendingUrl(url: string): Promise<void> {
  await (await getDb()).delete('pending', url)
}

/** Counts a failed attempt, keeping why, so the list can say what went wrong. */
export async function markPendingFailed(url: string, error: string): Promise<void> {
  const db = await getDb()
  const tx = db.transaction('pending', 'readwrite')
  const record = await tx.store.get(url)
  if (record) await tx.store.put({ ...record, attempts: record.attempts + 1, lastError: error })
  await tx.done
}
