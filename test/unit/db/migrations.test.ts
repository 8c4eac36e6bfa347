import { openDB } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import { getArticle, listArticleIdsBySource, listArticleIdsByTag } from '@/db/articles'
import { getDb } from '@/db'
import { migrate } from '@/db/migrations'
import { getProgress } from '@/db/progress'
import { DB_NAME, DB_VERSION, type FolioDB } from '@/db/schema'
import { getSetting } from '@/db/settings'
import { getSource } from '@/db/sources'
import { articleV1, sourceV1 } from './fixtures'
import { resetIndexedDb } from './reset'

/** Opens the database exactly as release `version` left it, writes data the way that release did. */
async function seedDatabaseAt(version: number): Promise<void> {
  const db = await openDB<FolioDB>(DB_NAME, version, {
    upgrade: (upgradeDb, oldVersion, _newVersion, tx) => migrate(upgradeDb, oldVersion, tx, version),
  })
  const tx = db.transaction(['sources', 'articles', 'bodies', 'progress', 'interactions', 'settings', 'pending'], 'readwrite')
  const [a1, a2] = [articleV1('a1'), articleV1('a2', { tags: ['whales'] })]
  await Promise.all([
    tx.objectStore('sources').put(sourceV1()),
    ...[a1, a2].flatMap(({ html, text, ...meta }) => [
      tx.objectStore('articles').put(meta),
      tx.objectStore('bodies').put({ id: meta.id, html, text }),
    ]),
    tx.objectStore('progress').put({ articleId: 'a1', fraction: 0.5, updatedAt: 1, finishedAt: null }),
    tx.objectStore('interactions').add({ articleId: 'a1', event: 'open', at: 1 }),
    tx.objectStore('settings').put('dark', 'theme'),
    tx.objectStore('pending').put({ url: 'https://example.org/x', title: null, addedAt: 1, attempts: 0, lastError: null }),
    tx.done,
  ])
  db.close()
}

describe('IndexedDB migrations', () => {
  beforeEach(resetIndexedDb)

  it('creates every store and index on a fresh profile', async () => {
    const db = await getDb()
    expect(db.version).toBe(DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'bodies', 'interactions', 'model', 'pending', 'progress', 'searchIndex', 'settings', 'sources', 'termCounts', 'textFacets'])
    const tx = db.transaction(['articles', 'interactions', 'progress', 'sources'])
    expect([...tx.objectStore('articles').indexNames].sort()).toEqual(['by-added', 'by-published', 'by-source', 'by-tag'])
    expect(tx.objectStore('articles').index('by-tag').multiEntry).toBe(true)
    expect([...tx.objectStore('interactions').indexNames].sort()).toEqual(['by-article', 'by-at'])
    expect(tx.objectStore('interactions').autoIncrement).toBe(true)
    expect([...tx.objectStore('progress').indexNames]).toEqual(['by-updated'])
    expect([...tx.objectStore('sources').indexNames]).toEqual(['by-url'])
    await tx.done
  })

  // Every released version, up to and including the current one (a reopen must not touch data).
  const releasedVersions = Array.from({ length: DB_VERSION }, (_, index) => index + 1)
  it.each(releasedVersions)('keeps the data of a version %i database when the current code opens it', async (version) => {
    await seedDatabaseAt(version)

    expect(await getSource('src-1')).toEqual(sourceV1())
    expect(await getArticle('a1')).toEqual(articleV1('a1'))
    expect(await listArticleIdsBySource('src-1')).toEqual(['a1', 'a2'])
    expect(await listArticleIdsByTag('whales')).toEqual(['a2'])
    expect((await getProgress('a1'))?.fraction).toBe(0.5)
    expect(await getSetting('theme')).toBe('dark')
    const db = await getDb()
    expect(db.version).toBe(DB_VERSION)
    expect(await db.count('interactions')).toBe(1)
    expect(await db.count('pending')).toBe(1)
  })

  it('adds the text-facet and term-count caches to a version 2 database, keeping its search index and model', async () => {
    await seedDatabaseAt(2)
    const old = await openDB<FolioDB>(DB_NAME, 2)
    expect([...old.objectStoreNames]).not.toContain('textFacets')
    await old.put('searchIndex', { key: 'current', json: '{}', documentCount: 2, updatedAt: 5 })
    await old.put('model', { key: 'current', fittedAt: 7, payload: { version: 1 } })
    old.close()

    const db = await getDb()
    expect(db.version).toBe(3)
    expect(await db.count('textFacets')).toBe(0)
    expect(await db.count('termCounts')).toBe(0)
    expect(db.transaction('textFacets').store.keyPath).toBe('id')
    expect(db.transaction('termCounts').store.keyPath).toBe('id')
    expect(await db.get('searchIndex', 'current')).toMatchObject({ documentCount: 2 })
    expect(await db.get('model', 'current')).toMatchObject({ fittedAt: 7 })
    expect(await getArticle('a2')).toEqual(articleV1('a2', { tags: ['whales'] }))
    await db.put('textFacets', { id: 'a1', version: 1, facets: [{ kind: 'tone', value: 'tone:somber', label: 'somber', relevance: 1 }] })
    expect((await db.get('textFacets', 'a1'))?.facets[0]?.value).toBe('tone:somber')
  })
})
