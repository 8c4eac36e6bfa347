import { getDb } from './index'
import type { SourceId, SourceRecord } from './schema'

export async function getSource(id: SourceId): Promise<SourceRecord | undefined> {
  return (await getDb()).get('sources', id)
}

export async function putSource(source: SourceRecord): Promise<void> {
  await (await getDb()).put('sources', source)
}

export async function listSources(): Promise<SourceRecord[]> {
  return (await getDb()).getAll('sources')
}
