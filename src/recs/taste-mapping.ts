import type { Settings } from '@/db/settings'
import type { Taste } from '@/ml/recs/taste'

/** How settings name a topic: by its stable key, which survives refits (src/topics/topic-keys.ts). */
export const TOPIC_KEY_PREFIX = 'topic-key:'
/** How the engine names a topic: by its position in the current model. */
const TOPIC_POSITION_PREFIX = 'topic:'

/** The settings a Taste is made of. */
export type TasteSettings = Pick<Settings, 'trainer' | 'interests' | 'followedGenres' | 'hiddenGenres'>

/** The trainer value of the topic with this stable key. */
export const topicKeyValue = (key: number): string => `${TOPIC_KEY_PREFIX}${key}`

/**
 * A trainer value as the engine reads it: 'topic-key:<key>' becomes 'topic:<position>' through the
 * model's keys (in topic order), or null when that topic no longer exists (or there is no model);
 * facet values stay as they are.
 */
export function engineValue(value: string, keys: readonly number[] | null): string | null {
  if (!value.startsWith(TOPIC_KEY_PREFIX)) return value
  const key = Number(value.slice(TOPIC_KEY_PREFIX.length))
  const position = keys && Number.isInteger(key) ? keys.indexOf(key) : -1
  return position < 0 ? null : `${TOPIC_POSITION_PREFIX}${position}`
}

/** The engine's Taste from the person's settings; `keys`: the stored model's topic keys, null without one. */
export function tasteFromSettings(settings: TasteSettings, keys: readonly number[] | null): Taste {
  const thumbs = new Map<string, 1 | -1>()
  for (const [value, thumb] of Object.entries(settings.trainer)) {
    const mapped = engineValue(value, keys)
    if (mapped !== null) thumbs.set(mapped, thumb)
  }
  return {
    thumbs,
    interests: settings.interests.flatMap((value) => engineValue(value, keys) ?? []),
    followedGenres: [...settings.followedGenres],
    hiddenGenres: [...settings.hiddenGenres],
  }
}
