// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { deleteSource } from '@/db/cleanup'
import { getTopicModel } from '@/db/model'
import { getSetting, setSetting } from '@/db/settings'
import { IngestError } from '@/ingest/errors'
import { useIngestStore } from '@/stores/ingest'
import { useTopicsStore } from '@/stores/topics'
import { resetIndexedDb } from '../db/reset'
import { storeThemes, themeOf } from '../topics/corpus'

// No Worker in Node: the topics client runs the worker's jobs in this thread, on fake-indexeddb.
describe('topics store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
    await setSetting('topicCount', 3)
  })

  const topicOfTheme = (theme: string) => useTopicsStore().topics.find((topic) => themeOf(topic.terms[0]!) === theme)!

  it('does not fit a library of fewer than 12 articles', async () => {
    await storeThemes({ sea: 11 })
    const topics = useTopicsStore()
    expect(await topics.afterIngest()).toBe(true)
    expect(topics.view).toBeNull()
    expect(await getTopicModel()).toBeNull()
  })

  it('fits once the library has 12 articles and there is no model', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const topics = useTopicsStore()
    await topics.afterIngest()
    expect(topics.topics).toHaveLength(3)
    expect(topics.view?.fittedCount).toBe(36)
    expect(topics.message).toBe('Found 3 topics in 36 articles.')
    expect(topics.activity).toBe('idle')
    expect(topics.articlesOf(topicOfTheme('sea').id).map((article) => article.id.split('-')[0])).toEqual(Array(12).fill('sea'))
    expect(topics.topicOf('law-3')?.id).toBe(topicOfTheme('law').id)
  })

  it('at creation, redoes a fit that a closed tab cut short (journalled), and only then', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    // No journal: a library without a model is not fitted unasked. (The catch-up is queued at
    // creation, so a load queued after it ends after it.)
    await useTopicsStore().load()
    expect(await getTopicModel()).toBeNull()

    await setSetting('topicsUnfinished', true) // what a tab closed mid-fit leaves
    setActivePinia(createPinia())
    const topics = useTopicsStore()
    await vi.waitFor(() => expect(topics.view?.fittedCount).toBe(36))
    await vi.waitFor(async () => expect(await getSetting('topicsUnfinished')).toBe(false))
    expect(await getTopicModel()).not.toBeNull()
  })

  it('follows the ingest store: every task that ends schedules a fit or fold-in', async () => {
    const topics = useTopicsStore()
    await useIngestStore().run('Importing', async () => {
      await storeThemes({ sea: 12, law: 12, farm: 12 })
      return null
    })
    await vi.waitFor(() => expect(topics.view?.fittedCount).toBe(36))
    await useIngestStore().run('Importing', async () => {
      await storeThemes({ sea: 2 }, 100)
      throw new IngestError('fetch_failed', 'The feed broke after two articles.')
    })
    await vi.waitFor(() => expect(topics.view?.documentIds).toHaveLength(38))
  })

  it('folds new articles into an existing model at once, without refitting', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const topics = useTopicsStore()
    await topics.afterIngest()
    const fittedAt = topics.view?.fittedAt
    await storeThemes({ farm: 8 }, 100) // 44 articles: 22% more than the fit saw
    await topics.afterIngest()
    expect(topics.view?.fittedCount).toBe(36)
    expect(topics.view?.fittedAt).toBe(fittedAt)
    expect(topics.view?.documentIds).toHaveLength(44)
    expect(topics.topicOf('farm-107')?.id).toBe(topicOfTheme('farm').id)
    expect(topicOfTheme('farm').articleCount).toBe(20)
  })

  it('refits once the library has grown by 25% since the last fit', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const topics = useTopicsStore()
    await topics.afterIngest()
    await storeThemes({ farm: 9 }, 100) // 45 articles = 36 × 1.25
    await topics.afterIngest()
    expect(topics.view?.fittedCount).toBe(45)
    expect((await getTopicModel())?.fittedCount).toBe(45)
  })

  it('keeps a topic’s name across refits', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const topics = useTopicsStore()
    await topics.afterIngest()
    await topics.rename(topicOfTheme('sea').id, '  Whaling  ')
    expect(topicOfTheme('sea')).toMatchObject({ name: 'Whaling', title: 'Whaling' })

    await storeThemes({ sea: 24 }, 100)
    expect(await topics.refit()).toBe(true)
    expect(themeOf(topics.topics[0]!.terms[0]!)).toBe('sea') // moved to the front
    expect(topics.topics[0]).toMatchObject({ name: 'Whaling', title: 'Whaling' })

    // Reloaded in a new session, without refitting.
    const fittedAt = topics.view?.fittedAt
    setActivePinia(createPinia())
    const fresh = useTopicsStore()
    await fresh.load()
    expect(fresh.view?.fittedAt).toBe(fittedAt)
    expect(fresh.topics[0]).toMatchObject({ name: 'Whaling' })

    await fresh.rename(fresh.topics[0]!.id, '')
    expect(fresh.topics[0]).toMatchObject({ name: null, title: fresh.topics[0]!.label })
    expect(await getSetting('topicNames')).toEqual({})
  })

  it('ignores articles deleted since the fit', async () => {
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const topics = useTopicsStore()
    await topics.afterIngest()
    const lawTopic = topicOfTheme('law').id
    await deleteSource('law')
    await topics.afterIngest() // 24 articles, nothing new: neither fold-in nor refit
    expect(topics.view?.fittedCount).toBe(36)
    await topics.load()
    expect(topics.articlesOf(lawTopic)).toEqual([])
    expect(topics.topicOf('law-0')).toBeNull()
    expect(topics.articlesOf(topicOfTheme('sea').id)).toHaveLength(12)
  })

  it('reports a refit of too small a library as an error', async () => {
    await storeThemes({ sea: 5 })
    const topics = useTopicsStore()
    await topics.refit()
    expect(topics.error).toBe('Topics need at least 12 articles; your library has 5.')
    expect(topics.fitting).toBe(false)
  })
})
