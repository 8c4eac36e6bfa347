import { beforeEach, describe, expect, it } from 'vitest'
import { getArticle, listArticleSummaries, putSourceWithArticles } from '@/db/articles'
import { deleteFinishedBefore, deleteSource } from '@/db/cleanup'
import { listInteractions, recordInteraction } from '@/db/interactions'
import { getProgress, saveProgress } from '@/db/progress'
import { listSources } from '@/db/sources'
import { usageBySource } from '@/db/storage-stats'
import { articleV1, sourceV1 } from './fixtures'
import { resetIndexedDb } from './reset'

const DAY = 24 * 60 * 60 * 1000

describe('deleting and measuring', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    await putSourceWithArticles(sourceV1(), [articleV1('a1'), articleV1('a2', { html: '<p>x</p>'.repeat(100) })])
    await putSourceWithArticles(sourceV1({ id: 'src-2', url: 'https://example.net/feed' }), [articleV1('b1', { sourceId: 'src-2' })])
  })

  it('measures articles and stored bytes per source', async () => {
    const usage = await usageBySource()
    expect(usage.get('src-1')?.articles).toBe(2)
    expect(usage.get('src-2')?.articles).toBe(1)
    // a2's body alone is 800 characters: 1,600 bytes as UTF-16.
    expect(usage.get('src-1')?.bytes).toBeGreaterThan(1600 + (usage.get('src-2')?.bytes ?? 0) - 100)
  })

  it('deletes a source with its articles, bodies, progress and interactions, and nothing else', async () => {
    await saveProgress('a1', 0.4)
    await recordInteraction('a1', 'like')
    await recordInteraction('b1', 'open')
    expect((await deleteSource('src-1')).sort()).toEqual(['a1', 'a2'])
    expect((await listSources()).map((source) => source.id)).toEqual(['src-2'])
    expect((await listArticleSummaries()).map((article) => article.id)).toEqual(['b1'])
    expect(await getArticle('a1')).toBeUndefined()
    expect(await getProgress('a1')).toBeUndefined()
    expect((await listInteractions()).map((entry) => entry.articleId)).toEqual(['b1'])
  })

  it('deletes articles finished before the cutoff, keeping recent, unfinished and saved ones', async () => {
    const now = 100 * DAY
    await saveProgress('a1', 1, now - 40 * DAY) // finished long ago
    await saveProgress('a2', 1, now - 40 * DAY) // finished long ago, but saved for later
    await saveProgress('b1', 1, now - 5 * DAY) // finished recently
    expect(await deleteFinishedBefore(30, new Set(['a2']), now)).toEqual(['a1'])
    expect((await listArticleSummaries()).map((article) => article.id).sort()).toEqual(['a2', 'b1'])
    await expect(deleteFinishedBefore(-1, new Set(), now)).rejects.toThrow(RangeError)
  })
})
