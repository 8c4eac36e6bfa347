import { getDb } from './index'
import type { ModelRecord } from './schema'

export async function getModel(): Promise<ModelRecord | undefined> {
  return (await getDb()).get('model', 'current')
}

export async function putModel(payload: unknown, fittedAt = Date.now()): Promise<void> {
  await (await getDb()).put('model', { key: 'current', fittedAt, payload })
}
