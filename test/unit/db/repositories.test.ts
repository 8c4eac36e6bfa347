import { beforeEach, describe, expect, it } from 'vitest'
import { countArticles, getArticle, getNeighbours, listArticleIds, listArticleSummaries, listArticleTexts, putSourceWithArticles } from '@/db/articles'
import { listInteractions, listInteractionsForArticle, recordInteraction } from '@/db/interactions'
import { getModel, putModel } from '@/db/model'
import { addPendingUrl, listPendingUrls } from '@/db/pending'
import { FINISHED_AT_FRACTION, getProgress, saveProgress } from '@/db/progress'
import type { ArticleRecord } from '@/db/schema'
import { DEFAULT_SETTINGS, getSetting, setSetting } from '@/db/settings'
import { getSource, listSources } from '@/db/sources'
import { getDb } from '@/db'
import { articleV1, sourceV1 } from './fixtures'
import { resetIndexedDb } from './reset'

describe('repositories', () => {
  beforeEach(resetIndexedDb)

  it('stores a source with its articles and lists them newest added first, without bodies', async () => {
    await putSourceWithArticles(sourceV1(), [
      articleV1('old', { addedAt: 1 }),
      articleV1('new', { addedAt: 3 }),
      articleV1('mid', { addedAt: 2 }),
    ])
    const summaries = await listArticleSummaries()
    expect(summaries.map((summary) => summary.id)).toEqual(['new', 'mid', 'old'])
    expect(summaries[0]).not.toHaveProperty('html')
    expect(summaries[0]).not.toHaveProperty('text')
    expect(await listArticleSummaries(2)).toHaveLength(2)
    expect(await getNeighbours('mid')).toEqual({ previous: 'new', next: 'old' })
    expect(await getNeighbours('missing')).toEqual({ previous: null, next: null })
    expect(await listSources()).toEqual([sourceV1()])
  })

  it('leaves the library unchanged when one article of a batch cannot be stored', async () => {
    await putSourceWithArticles(sourceV1(), [articleV1('kept')])
    const broken = { ...articleV1('broken'), id: undefined } as unknown as ArticleRecord
    await expect(
      putSourceWithArticles(sourceV1({ id: 'src-2', title: 'Second' }), [articleV1('would-be-added'), broken]),
    ).rejects.toThrow()
    expect(await countArticles()).toBe(1)
    expect(await getArticle('would-be-added')).toBeUndefined()
    expect(await getSource('src-2')).toBeUndefined()
  })

  it('clamps progress to [0, 1], rejects NaN, and keeps the first finish date', async () => {
    expect((await saveProgress('a', 1.7, 100)).fraction).toBe(1)
    expect((await getProgress('a'))?.finishedAt).toBe(100)
    const reread = await saveProgress('a', 0.1, 200)
    expect(reread).toEqual({ articleId: 'a', fraction: 0.1, updatedAt: 200, finishedAt: 100 })
    expect((await saveProgress('b', FINISHED_AT_FRACTION - 0.01, 5)).finishedAt).toBeNull()
    expect((await saveProgress('c', -3, 5)).fraction).toBe(0)
    await expect(saveProgress('a', Number.NaN)).rejects.toThrow(RangeError)
  })

  it('records interactions per article in time order', async () => {
    await recordInteraction('a', 'open', 2)
    await recordInteraction('b', 'like', 1)
    await recordInteraction('a', 'finish', 3)
    expect((await listInteractionsForArticle('a')).map((entry) => entry.event)).toEqual(['open', 'finish'])
    expect((await listInteractions()).map((entry) => entry.at)).toEqual([1, 2, 3])
  })

  it('keeps one pending entry per URL', async () => {
    await addPendingUrl('https://example.org/a', 'First title', 1)
    await addPendingUrl('https://example.org/a', 'Second title', 2)
    expect(await listPendingUrls()).toEqual([
      { url: 'https://example.org/a', title: 'First title', addedAt: 1, attempts: 0, lastError: null },
    ])
  })

  it('returns defaults for settings never written or written with the wrong type', async () => {
    expect(await getSetting('theme')).toBe(DEFAULT_SETTINGS.theme)
    await setSetting('theme', 'dark')
    expect(await getSetting('theme')).toBe('dark')
    await (await getDb()).put('settings', 42, 'onboarded')
    expect(await getSetting('onboarded')).toBe(false)
  })

  it('reads article ids, and titles with plain texts for the topic model', async () => {
    await putSourceWithArticles(sourceV1(), [articleV1('a', { title: 'Alpha', text: 'first' }), articleV1('b', { title: 'Beta', text: 'second' })])
    expect((await listArticleIds()).sort()).toEqual(['a', 'b'])
    expect(await listArticleTexts()).toEqual([
      { id: 'a', title: 'Alpha', text: 'first' },
      { id: 'b', title: 'Beta', text: 'second' },
    ])
    expect(await listArticleTexts(['b', 'missing'])).toEqual([{ id: 'b', title: 'Beta', text: 'second' }])
  })

  it('accepts a number of topics from 3 to 50 or automatic, and names as strings only', async () => {
    expect(await getSetting('topicCount')).toBeNull()
    for (const bad of [2, 51, 7.5, '12']) {
      await (await getDb()).put('settings', bad, 'topicCount')
      expect(await getSetting('topicCount')).toBeNull()
    }
    await setSetting('topicCount', 50)
    expect(await getSetting('topicCount')).toBe(50)
    await (await getDb()).put('settings', { 1: 42 }, 'topicNames')
    expect(await getSetting('topicNames')).toEqual({})
    await setSetting('topicNames', { 1: 'Whaling' })
    expect(await getSetting('topicNames')).toEqual({ 1: 'Whaling' })
  })

  it('stores one current model', async () => {
    expect(await getModel()).toBeUndefined()
    await putModel({ k: 3 }, 10)
    await putModel({ k: 4 }, 20)
    expect(await getModel()).toEqual({ key: 'current', fittedAt: 20, payload: { k: 4 } })
  })
})
