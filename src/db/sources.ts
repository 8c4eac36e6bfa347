import { getDb } from './index'
import type { SourceId, SourceRecord } from './schema'

export async function getSource(id: SourceId): Promise<SourceRecord | undefined> {
  return (await getDb()).get('sources', id)
}

/** The source subscribed at `url`, if any (subscription URLs are unique in practice). */
export async function getSourceByUrl(url: string): Promise<SourceRecord | undefined> {
  return (await getDb()).getFromIndex('sources', 'by-url', url)
}

export async function putSource(source: SourceRecord): Promise<void> {
  await (await getDb()).put('sources', source)
}

export async function listSources(): Promise<SourceRecord[]> {
  return (await getDb()).getAll('sources')
}
