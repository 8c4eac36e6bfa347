import type { TopicModel } from '@/ml/topics/topic-model'
import { getDb } from './index'
import type { ModelRecord } from './schema'

export async function getModel(): Promise<ModelRecord | undefined> {
  return (await getDb()).get('model', 'current')
}

export async function putModel(payload: unknown, fittedAt = Date.now()): Promise<void> {
  await (await getDb()).put('model', { key: 'current', fittedAt, payload })
}

/** The topic model as the `model` store keeps it (the payload of the 'current' record). */
export interface StoredTopicModel {
  /** `documentIds` and `weights` grow as new articles are folded in. */
  model: TopicModel
  /**
   * A stable key for each topic, in the order of `model.topics`: routes and people's topic names
   * use it, and a refit hands it on to the topic that continues an old one (src/topics/topic-keys.ts).
   */
  keys: number[]
  /** The next unused key: keys are never reused, so an old name never lands on a new topic. */
  nextKey: number
  /** Articles the fit itself saw (the first rows of `model.weights`); the rest were folded in. */
  fittedCount: number
}

/** Whether a model record's payload is a StoredTopicModel this code can read. */
export function isStoredTopicModel(payload: unknown): payload is StoredTopicModel {
  const stored = payload as Partial<StoredTopicModel> | null
  return (
    typeof stored === 'object' &&
    stored !== null &&
    stored.model?.version === 1 &&
    Array.isArray(stored.keys) &&
    stored.keys.length === stored.model.topics.length &&
    typeof stored.nextKey === 'number' &&
    typeof stored.fittedCount === 'number'
  )
}

/** The stored topic model, or null when there is none (or only a payload this code cannot read). */
export async function getTopicModel(): Promise<StoredTopicModel | null> {
  const record = await getModel()
  return record && isStoredTopicModel(record.payload) ? record.payload : null
}

/** Replaces the stored topic model; typed arrays are stored as they are (structured clone). */
export async function putTopicModel(stored: StoredTopicModel): Promise<void> {
  await putModel(stored, stored.model.fittedAt)
}
