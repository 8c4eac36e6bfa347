import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@/db'
import { putSourceWithArticles } from '@/db/articles'
import { getSetting, setSetting } from '@/db/settings'
import { repairSearchIndex } from '@/backup/reindex'
import { indexMatchesLibrary, indexRecordWith } from '@/ingest/search-store'
import { articleV1, sourceV1 } from '../db/fixtures'
import { resetIndexedDb } from '../db/reset'

describe('recovery after a closed tab', () => {
  beforeEach(async () => {
    await resetIndexedDb()
  })

  it('stores the search index in the same transaction as the articles it adds', async () => {
    const articles = [articleV1('a'), articleV1('b')]
    await putSourceWithArticles(sourceV1(), articles, await indexRecordWith(articles))
    expect(await indexMatchesLibrary()).toBe(true)
    expect((await (await getDb()).get('searchIndex', 'current'))?.documentCount).toBe(2)
  })

  it('rebuilds an index that does not match the library, from nothing, and leaves a matching one alone', async () => {
    await putSourceWithArticles(sourceV1(), [articleV1('a'), articleV1('b'), articleV1('c')])
    expect(await indexMatchesLibrary()).toBe(false)
    expect(await repairSearchIndex()).toBe(true)
    expect((await (await getDb()).get('searchIndex', 'current'))?.documentCount).toBe(3)
    expect(await repairSearchIndex()).toBe(false)
    // An index that still holds a deleted article (a crash between the delete and the unindex).
    await (await getDb()).delete('articles', 'c')
    expect(await repairSearchIndex()).toBe(true)
    const saved = (await (await getDb()).get('searchIndex', 'current'))?.json ?? ''
    expect(saved).not.toContain('"c"')
    expect(await indexMatchesLibrary()).toBe(true)
  })

  it('keeps a well-formed ingest journal and ignores a malformed one', async () => {
    const journal = { label: 'Importing', resume: { kind: 'files' as const, names: ['a.json'] }, startedAt: 5 }
    await setSetting('unfinishedIngest', journal)
    expect(await getSetting('unfinishedIngest')).toEqual(journal)
    await (await getDb()).put('settings', { label: 'x', resume: { kind: 'files', names: [3] }, startedAt: 5 }, 'unfinishedIngest')
    expect(await getSetting('unfinishedIngest')).toBeNull()
    await (await getDb()).put('settings', { label: 'x', resume: { kind: 'format-disk' }, startedAt: 5 }, 'unfinishedIngest')
    expect(await getSetting('unfinishedIngest')).toBeNull()
  })
})
