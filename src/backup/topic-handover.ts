import { getSettingsEntry, putModelWithTopicNames } from '@/db/backup'
import { getTopicModel, isStoredTopicModel, type StoredTopicModel } from '@/db/model'
import type { ModelRecord } from '@/db/schema'
import { carryTopicKeys, namesOfLiveTopics } from '@/topics/topic-keys'
import { count, listOf, record, string, stringMap, type Check } from './checks'
import type { BackupTopics } from './format'

/**
 * Topic names, topic thumbs ('topic-key:7') and onboarding picks point at topics by stable key, and
 * the model that gives keys their meaning is not in a backup (it is refitted). So a restore keeps
 * the backup's topics (key and stems) and names in this settings-store entry until the refit, then
 * hands each old key on to the new topic that continues it, exactly as a refit does
 * (src/topics/topic-keys.ts). Without it the fresh fit would number topics 0, 1, 2… and names
 * would land on the wrong topics, or vanish.
 */
export const TOPIC_HANDOVER_KEY = 'topicHandover'

/** The backup's topics, and the names people gave them. */
export interface TopicHandover extends BackupTopics {
  names: Record<string, string>
}

const handoverCheck: Check<TopicHandover> = record<TopicHandover>({
  nextKey: count,
  topics: listOf(record<BackupTopics['topics'][number]>({ key: count, stems: listOf(string) })),
  names: stringMap,
})

/** A stored hand-over, or null when there is none or it is not one (never throws). */
export function readHandover(value: unknown): TopicHandover | null {
  try {
    return handoverCheck(value, TOPIC_HANDOVER_KEY)
  } catch {
    return null
  }
}

/** The topic identities of a stored model. */
function topicsOf(stored: StoredTopicModel): BackupTopics {
  return { nextKey: stored.nextKey, topics: stored.model.topics.map((topic, index) => ({ key: stored.keys[index]!, stems: [...topic.stems] })) }
}

/** What a backup keeps of the topics: the model's, or those of a restored library still waiting for its refit. */
export function backupTopics(model: ModelRecord | undefined, handover: unknown): BackupTopics | null {
  if (model && isStoredTopicModel(model.payload)) return topicsOf(model.payload)
  const waiting = readHandover(handover)
  return waiting && { nextKey: waiting.nextKey, topics: waiting.topics }
}

/**
 * After the first fit of a restored library: gives the new model's topics the backup's keys (a
 * topic that continues an old one keeps its key, the others get fresh ones) and the names of those
 * keys, then forgets the hand-over. False when there is no hand-over or no model yet.
 */
export async function applyTopicHandover(): Promise<boolean> {
  const [handover, stored] = await Promise.all([getSettingsEntry(TOPIC_HANDOVER_KEY).then(readHandover), getTopicModel()])
  if (!handover || !stored) return false
  const keys = handover.topics.map((topic) => topic.key)
  // Fresh keys start past every old one, even if a hand-edited file says otherwise.
  const previous = { keys, nextKey: Math.max(handover.nextKey, ...keys.map((key) => key + 1)), stems: handover.topics.map((topic) => topic.stems) }
  const carried = carryTopicKeys(previous, stored.model.topics.map((topic) => topic.stems))
  await putModelWithTopicNames({ ...stored, ...carried }, namesOfLiveTopics(handover.names, carried.keys), TOPIC_HANDOVER_KEY)
  return true
}
