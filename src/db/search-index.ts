import { getDb } from './index'
import type { SearchIndexRecord } from './schema'

export async function getSearchIndex(): Promise<SearchIndexRecord | undefined> {
  return (await getDb()).get('searchIndex', 'current')
}

export async function putSearchIndex(json: string, documentCount: number, updatedAt = Date.now()): Promise<void> {
  await (await getDb()).put('searchIndex', { key: 'current', json, documentCount, updatedAt })
}
