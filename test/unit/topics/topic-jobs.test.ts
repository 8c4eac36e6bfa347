import { beforeEach, describe, expect, it } from 'vitest'
import { deleteSource } from '@/db/cleanup'
import { getModel, getTopicModel, putModel } from '@/db/model'
import { getSetting, setSetting } from '@/db/settings'
import type { TopicProgress } from '@/ml/topics/topic-model'
import { fitAndSave, foldInAndSave, loadTopicsView } from '@/topics/topic-jobs'
import type { TopicsView } from '@/topics/topic-view'
import { resetIndexedDb } from '../db/reset'
import { storeThemes, themedArticles, themeOf, type Theme } from './corpus'

/** Each topic's theme (by its top word), by topic key. */
const themesByKey = (view: TopicsView): Map<number, Theme> => new Map(view.topics.map((topic) => [topic.id, themeOf(topic.terms[0]!)]))

async function fitLibrary(k: number | null = 3): Promise<TopicsView> {
  const outcome = await fitAndSave({ k })
  if (!outcome.ok) throw new Error(outcome.message)
  return outcome.view
}

describe('topic jobs (what the topics worker runs)', () => {
  beforeEach(resetIndexedDb)

  it('fits the stored articles, saves the model, and loads the same view without refitting', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const progress: TopicProgress[] = []
    const outcome = await fitAndSave({ k: 3 }, { onProgress: (update) => progress.push(update) })
    expect(outcome.ok).toBe(true)
    const view = (outcome as { view: TopicsView }).view
    expect(new Set(themesByKey(view).values())).toEqual(new Set(['sea', 'law', 'farm']))
    expect(view.topics.map((topic) => topic.id)).toEqual([0, 1, 2])
    expect(view.topics.map((topic) => topic.articleCount)).toEqual([12, 12, 12])
    expect(view).toMatchObject({ k: 3, fittedCount: 36 })
    expect(view.documentIds).toHaveLength(36)
    expect(view.weights).toHaveLength(36 * 3)
    expect(progress.map((update) => update.stage)).toEqual(expect.arrayContaining(['vectorize', 'factorize', 'summarize']))

    const stored = await getTopicModel()
    expect(stored?.model.h).toBeInstanceOf(Float64Array) // typed arrays survive IndexedDB as they are
    expect(stored).toMatchObject({ keys: [0, 1, 2], nextKey: 3, fittedCount: 36 })
    const fittedAt = stored!.model.fittedAt
    const loaded = await loadTopicsView()
    expect(loaded).toEqual(view)
    expect((await getTopicModel())?.model.fittedAt).toBe(fittedAt)
  })

  it('uses the automatic number of topics when k is null', async () => {
    await storeThemes({ sea: 20, law: 20, farm: 20 })
    expect((await fitLibrary(null)).k).toBe(5) // round(√(60 / 2))
  })

  it('folds new articles into the stored model without refitting, and skips those already in it', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const before = await fitLibrary()
    const h = (await getTopicModel())!.model.h
    await storeThemes({ farm: 2 }, 100)
    const after = await foldInAndSave(['farm-100', 'farm-101', 'sea-0', 'missing'])
    expect(after?.documentIds).toHaveLength(38)
    expect(after?.fittedCount).toBe(36)
    const farmTopic = after!.topics.findIndex((topic) => themeOf(topic.terms[0]!) === 'farm')
    expect(after!.strongest[after!.documentIds.indexOf('farm-101')]).toBe(farmTopic)
    expect(after!.topics[farmTopic]!.articleCount).toBe(before.topics[farmTopic]!.articleCount + 2)
    const stored = (await getTopicModel())!
    expect(stored.model.h).toEqual(h)
    expect(stored.model.documentIds).toHaveLength(38)
    expect(stored.model.weights).toHaveLength(38 * 3)
  })

  it('leaves out articles deleted since the fit', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    await fitLibrary()
    await deleteSource('law')
    const view = await loadTopicsView()
    expect(view?.documentIds).toHaveLength(24)
    expect(view?.documentIds.some((id) => id.startsWith('law'))).toBe(false)
    expect(view?.topics.map((topic) => topic.articleCount).sort()).toEqual([0, 12, 12])
  })

  it('hands keys and names on to the topics that continue after a refit, and drops names of vanished topics', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const first = themesByKey(await fitLibrary())
    const keyOf = (themes: Map<number, Theme>, theme: Theme): number => [...themes].find(([, candidate]) => candidate === theme)![0]
    await setSetting('topicNames', { [keyOf(first, 'sea')]: 'Whaling', [keyOf(first, 'law')]: 'Government' })

    // Many more sea articles: sea becomes the largest topic, and the topics change places.
    await storeThemes({ sea: 24 }, 100)
    const second = await fitLibrary()
    expect(themeOf(second.topics[0]!.terms[0]!)).toBe('sea')
    expect(second.topics[0]!.id).toBe(keyOf(first, 'sea'))
    expect(keyOf(first, 'sea')).not.toBe(0)
    expect(themesByKey(second)).toEqual(first)
    expect(await getSetting('topicNames')).toEqual({ [keyOf(first, 'sea')]: 'Whaling', [keyOf(first, 'law')]: 'Government' })

    // Without law articles and with two topics, the law topic is gone: its name goes with it.
    await deleteSource('law')
    const third = themesByKey(await fitLibrary(2))
    expect(third).toEqual(new Map([[keyOf(first, 'sea'), 'sea'], [keyOf(first, 'farm'), 'farm']]))
    expect(await getSetting('topicNames')).toEqual({ [keyOf(first, 'sea')]: 'Whaling' })

    // A new topic gets a key never used before.
    await storeThemes({ law: 12 }, 200)
    const fourth = themesByKey(await fitLibrary(3))
    expect(keyOf(fourth, 'law')).toBe(3)
  })

  it('saves nothing when cancelled, or when the library is too small', async () => {
    await storeThemes({ sea: 4, law: 4 })
    expect(await fitAndSave({ k: 3 })).toEqual({ ok: false, code: 'too-few', message: 'Topics need at least 12 articles; your library has 8.' })

    await storeThemes({ farm: 12 })
    const signal = { aborted: false }
    const outcome = await fitAndSave({ k: 3 }, { signal, onProgress: (update) => (signal.aborted ||= update.stage === 'factorize') })
    expect(outcome).toMatchObject({ ok: false, code: 'cancelled' })
    expect(await getModel()).toBeUndefined()
    expect(await loadTopicsView()).toBeNull()
  })

  it('treats a payload it cannot read as no model', async () => {
    await putModel({ k: 3 }, 10)
    expect(await getTopicModel()).toBeNull()
    expect(await foldInAndSave(themedArticles('sea', 1).map((article) => article.id))).toBeNull()
  })
})
