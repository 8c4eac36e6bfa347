import { getDb } from './index'
import type { SourceId } from './schema'

export interface SourceUsage {
  sourceId: SourceId
  articles: number
  /** Bytes of stored text and HTML (UTF-16 code units × 2, as the browser holds strings). */
  bytes: number
}

const ENTRY_OVERHEAD = 512 // metadata, keys and index entries per article: an estimate

/** Article counts and approximate sizes per source, read in one pass over the bodies. */
export async function usageBySource(): Promise<Map<SourceId, SourceUsage>> {
  const tx = (await getDb()).transaction(['articles', 'bodies'])
  const sourceOf = new Map<string, SourceId>()
  const usage = new Map<SourceId, SourceUsage>()
  for (const meta of await tx.objectStore('articles').getAll()) {
    sourceOf.set(meta.id, meta.sourceId)
    const entry = usage.get(meta.sourceId) ?? { sourceId: meta.sourceId, articles: 0, bytes: 0 }
    entry.articles += 1
    entry.bytes += ENTRY_OVERHEAD + 2 * (meta.title.length + meta.summary.length)
    usage.set(meta.sourceId, entry)
  }
  let cursor = await tx.objectStore('bodies').openCursor()
  while (cursor) {
    const sourceId = sourceOf.get(cursor.key)
    const entry = sourceId === undefined ? undefined : usage.get(sourceId)
    if (entry) entry.bytes += 2 * (cursor.value.html.length + cursor.value.text.length)
    cursor = await cursor.continue()
  }
  await tx.done
  return usage
}
