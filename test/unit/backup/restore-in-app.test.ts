// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { getSettingsEntry } from '@/db/backup'
import { recordInteraction } from '@/db/interactions'
import { getTopicModel, putTopicModel } from '@/db/model'
import { getSearchIndex } from '@/db/search-index'
import { setSetting } from '@/db/settings'
import { BackupError } from '@/backup/format'
import { restoreInApp } from '@/backup/restore-in-app'
import { TOPIC_HANDOVER_KEY } from '@/backup/topic-handover'
import { readBackup } from '@/backup/validate'
import { useLibraryStore } from '@/stores/library'
import { useRecsStore } from '@/stores/recs'
import { useTopicsStore } from '@/stores/topics'
import { fitAndSave } from '@/topics/topic-jobs'
import { resetIndexedDb } from '../db/reset'
import { storeThemes, themeOf, type Theme } from '../topics/corpus'
import { exportedFile, snapshot } from './library'

/** A fresh profile: an empty database and stores that have read nothing yet. */
async function freshProfile(): Promise<void> {
  await resetIndexedDb()
  setActivePinia(createPinia())
}

/** Stable key of each theme's topic in the stored model. */
async function keysByTheme(): Promise<Record<Theme, number>> {
  const stored = (await getTopicModel())!
  return Object.fromEntries(stored.model.topics.map((topic, index) => [themeOf(topic.terms[0]!), stored.keys[index]!])) as Record<Theme, number>
}

// No Worker in Node: search indexing, the refit and suggestions run in this thread, on fake-indexeddb.
describe('restoring a backup in the running app', () => {
  beforeEach(freshProfile)

  it('rebuilds search and the topics, whose refit takes the backup’s topic keys and names', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    await setSetting('topicCount', 3)
    await fitAndSave({ k: 3 })
    // Keys as a history of refits leaves them: a fresh fit would number the topics 0, 1, 2.
    const stored = (await getTopicModel())!
    await putTopicModel({ ...stored, keys: [7, 3, 5], nextKey: 8 })
    const old = await keysByTheme()
    await setSetting('topicNames', { [old.sea]: 'Sailing', [old.law]: 'Lawmaking' })
    await setSetting('trainer', { [`topic-key:${old.farm}`]: 1 })
    await recordInteraction('sea-0', 'like')
    const file = await exportedFile()

    await freshProfile()
    const report = await restoreInApp(readBackup(JSON.stringify(file)))
    expect(report).toMatchObject({ articles: 36, sources: 3, interactions: 1, settings: 3, skipped: [] })

    const library = useLibraryStore()
    expect(library.total).toBe(36)
    expect(library.reading.flags.get('sea-0')).toEqual({ reaction: 'like', saved: false })
    expect((await getSearchIndex())?.documentCount).toBe(36)
    expect(await keysByTheme()).toEqual(old)
    const topics = useTopicsStore()
    const nameOf = (theme: Theme) => topics.topics.find((topic) => themeOf(topic.terms[0]!) === theme)?.title
    expect([nameOf('sea'), nameOf('law')]).toEqual(['Sailing', 'Lawmaking'])
    expect(useRecsStore().thumbs).toEqual({ [`topic-key:${old.farm}`]: 1 })
    expect(await getSettingsEntry(TOPIC_HANDOVER_KEY)).toBeUndefined()
    expect((await getTopicModel())?.nextKey).toBe(8)
  })

  it('refuses a backup from a newer Folio before anything changes', async () => {
    await storeThemes({ sea: 3 })
    await recordInteraction('sea-1', 'like')
    const file = { ...(await exportedFile()), version: 2 }
    const before = await snapshot()
    expect(() => readBackup(JSON.stringify(file))).toThrow(
      new BackupError('newer_version', 'This backup was made by a newer Folio (format version 2). Update Folio to restore it.', 'version'),
    )
    expect(await snapshot()).toEqual(before)
  })
})
