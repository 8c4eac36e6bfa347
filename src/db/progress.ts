import { getDb } from './index'
import type { ArticleId, ProgressRecord } from './schema'

/** Where a reading stopped, as a fraction of the text; at the end it is marked finished. */
export const FINISHED_AT_FRACTION = 0.97

export async function getProgress(articleId: ArticleId): Promise<ProgressRecord | undefined> {
  return (await getDb()).get('progress', articleId)
}

/** Saves the position; keeps the first finish date once the end has been reached. */
export async function saveProgress(articleId: ArticleId, fraction: number, now = Date.now()): Promise<ProgressRecord> {
  if (!Number.isFinite(fraction)) throw new RangeError(`progress must be a finite number, got ${fraction}`)
  const clamped = Math.min(1, Math.max(0, fraction))
  const db = await getDb()
  const tx = db.transaction('progress', 'readwrite')
  const previous = await tx.store.get(articleId)
  const finishedAt = previous?.finishedAt ?? (clamped >= FINISHED_AT_FRACTION ? now : null)
  const record: ProgressRecord = { articleId, fraction: clamped, updatedAt: now, finishedAt }
  await Promise.all([tx.store.put(record), tx.done])
  return record
}

export async function listProgress(): Promise<ProgressRecord[]> {
  return (await getDb()).getAll('progress')
}
