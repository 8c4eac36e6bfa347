import { openDB, type IDBPDatabase } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import type { FacetValue } from '@/ml/recs/facets'
import type { TopicModel } from '@/ml/topics/topic-model'
import { closeDb, getDb, onDbNotice, type DbNotice } from '@/db'
import { countArticles, getArticle, getNeighbours, listArticleIdsBySource, listArticleIdsByTag, listArticleMetas, listArticleSummaries, listArticleTexts, putArticles } from '@/db/articles'
import { countInteractions, getArticleFlags, listInteractions, listInteractionsForArticle, recordInteraction } from '@/db/interactions'
import { migrate } from '@/db/migrations'
import { getModel, getTopicModel, type StoredTopicModel } from '@/db/model'
import { addPendingUrl, listPendingUrls } from '@/db/pending'
import { getProgress, listProgress, saveProgress } from '@/db/progress'
import { getSearchIndex, putSearchIndex } from '@/db/search-index'
import { getSetting } from '@/db/settings'
import { getSource, getSourceByUrl, listSources } from '@/db/sources'
import { getTermCounts, getTextFacets, listTextFeatureIds, putTextFeatures, TERM_COUNTS_VERSION, TEXT_FACETS_VERSION, type TermCounts } from '@/db/text-features'
import {
  DB_NAME,
  DB_VERSION,
  type ArticleBody,
  type ArticleMeta,
  type ArticleRecord,
  type FolioDB,
  type InteractionRecord,
  type ModelRecord,
  type PendingUrlRecord,
  type ProgressRecord,
  type SourceRecord,
} from '@/db/schema'
import { articleV1, sourceV1 } from './fixtures'
import { resetIndexedDb } from './reset'

type Db = IDBPDatabase<FolioDB>

/** The stores release 1 created, and those each later release added. */
const V1_STORES = ['articles', 'bodies', 'interactions', 'model', 'pending', 'progress', 'settings', 'sources'] as const
const V2_STORES = [...V1_STORES, 'searchIndex'].sort()
const V3_STORES = [...V2_STORES, 'termCounts', 'textFacets'].sort()

/** What a release wrote to the stores of version 1; every store of that version has a field. */
interface V1Records {
  sources: SourceRecord[]
  articles: ArticleRecord[]
  progress: ProgressRecord[]
  /** In the order they were added: the auto-incremented ids follow it, from 1. */
  interactions: Omit<InteractionRecord, 'id'>[]
  pending: PendingUrlRecord[]
  settings: Record<string, unknown>
  model: ModelRecord | null
}

/** Opens (creating or upgrading) the database exactly as release `version` left it. */
function openDatabaseAt(version: number): Promise<Db> {
  return openDB<FolioDB>(DB_NAME, version, {
    upgrade: (upgradeDb, oldVersion, _newVersion, tx) => migrate(upgradeDb, oldVersion, tx, version),
  })
}

function splitArticle({ html, text, ...meta }: ArticleRecord): [ArticleMeta, ArticleBody] {
  return [meta, { id: meta.id, html, text }]
}

/** Writes the records in one transaction, the way release 1 stored them (meta and body apart). */
async function writeV1Records(db: Db, records: V1Records): Promise<void> {
  const tx = db.transaction([...V1_STORES], 'readwrite')
  await Promise.all([
    ...records.sources.map((source) => tx.objectStore('sources').put(source)),
    ...records.articles.map(splitArticle).flatMap(([meta, body]) => [tx.objectStore('articles').put(meta), tx.objectStore('bodies').put(body)]),
    ...records.progress.map((progress) => tx.objectStore('progress').put(progress)),
    ...records.interactions.map((interaction) => tx.objectStore('interactions').add(interaction)),
    ...records.pending.map((pending) => tx.objectStore('pending').put(pending)),
    ...Object.entries(records.settings).map(([key, value]) => tx.objectStore('settings').put(value, key)),
    ...(records.model ? [tx.objectStore('model').put(records.model)] : []),
    tx.done,
  ])
}

/** Builds a database as release `version` left it, holding `records`, and closes it. */
async function seedDatabaseAt(version: number, records: V1Records = basicRecords()): Promise<void> {
  const db = await openDatabaseAt(version)
  await writeV1Records(db, records)
  db.close()
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

/** The raw contents of every version-1 store, in key order. */
async function readV1Stores(db: Db): Promise<Record<(typeof V1_STORES)[number], unknown>> {
  const tx = db.transaction([...V1_STORES])
  const [articles, bodies, interactions, model, pending, progress, settingKeys, settingValues, sources] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('bodies').getAll(),
    tx.objectStore('interactions').getAll(),
    tx.objectStore('model').getAll(),
    tx.objectStore('pending').getAll(),
    tx.objectStore('progress').getAll(),
    tx.objectStore('settings').getAllKeys(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('sources').getAll(),
  ])
  await tx.done
  const settings = Object.fromEntries(settingKeys.map((key, index) => [key, settingValues[index]]))
  return { articles, bodies, interactions, model, pending, progress, settings, sources }
}

/** What readV1Stores must find after `records` were written to an empty database. */
function expectedV1Stores(records: V1Records): Record<(typeof V1_STORES)[number], unknown> {
  const split = [...records.articles].sort(byKey((article) => article.id)).map(splitArticle)
  return {
    articles: split.map(([meta]) => meta),
    bodies: split.map(([, body]) => body),
    interactions: records.interactions.map((interaction, index) => ({ ...interaction, id: index + 1 })),
    model: records.model ? [records.model] : [],
    pending: [...records.pending].sort(byKey((pending) => pending.url)),
    progress: [...records.progress].sort(byKey((progress) => progress.articleId)),
    settings: records.settings,
    sources: [...records.sources].sort(byKey((source) => source.id)),
  }
}

/** The small data set every released version is checked with. */
function basicRecords(): V1Records {
  return {
    sources: [sourceV1()],
    articles: [articleV1('a1'), articleV1('a2', { tags: ['whales'] })],
    progress: [{ articleId: 'a1', fraction: 0.5, updatedAt: 1, finishedAt: null }],
    interactions: [{ articleId: 'a1', event: 'open', at: 1 }],
    pending: [{ url: 'https://example.org/x', title: null, addedAt: 1, attempts: 0, lastError: null }],
    settings: { theme: 'dark' },
    model: null,
  }
}

const T = 1_700_000_000_000

/** A small but complete topic model, typed arrays and all, as the topics worker stores it. */
function storedTopicModel(): StoredTopicModel {
  const model: TopicModel = {
    version: 1,
    k: 2,
    text: { vocabulary: ['whale', 'speech'], idf: new Float64Array([1.2, 1.5]), norm: 'l2', sublinearTf: true, display: ['whales', 'speech'], stem: true, locale: 'en' },
    h: new Float64Array([0.9, 0.1, 0.05, 0.8]),
    topics: [
      { id: 0, label: 'whales', terms: ['whales'], termWeights: [0.9], stems: ['whale'], coherence: 0.4, size: 2 },
      { id: 1, label: 'speech', terms: ['speech'], termWeights: [0.8], stems: ['speech'], coherence: 0.3, size: 2 },
    ],
    diversity: 1,
    relativeError: 0.25,
    iterations: 40,
    engine: 'js',
    documentIds: ['a0', 'a1', 'a2', 'a3'],
    weights: new Float64Array([1, 0, 0, 1, 0.6, 0.4, 0.5, 0.5]),
    fittedAt: T + 500,
  }
  return { model, keys: [4, 7], nextKey: 8, fittedCount: 3 }
}

/** Realistic version-1 data: two sources, four articles (two added at the same moment), and something in every store. */
function fullV1Records(): V1Records {
  const gazette = sourceV1()
  const saved = sourceV1({ id: 'src-2', kind: 'saved', title: 'Saved pages', url: null, addedAt: T + 10, etag: null, lastModified: null, fetchedAt: null })
  const a0 = articleV1('a0', { sourceId: 'src-2', tags: ['whales'], addedAt: T - 1_000, publishedAt: T - 5_000, url: 'https://elsewhere.example/moby', summary: 'Call me Ishmael.' })
  const a1 = articleV1('a1')
  const a2 = articleV1('a2', { tags: ['whales', 'history'], addedAt: T + 100, author: null, language: null, url: null, documentUrl: '/articles/a2.json', wordCount: 1_234, readingMinutes: 6 })
  const a3 = articleV1('a3', {
    sourceId: 'src-2',
    tags: [],
    addedAt: T + 100,
    title: 'Ça va — naïve café 🐋',
    html: '<h2>Über</h2><p>Ça va — naïve café 🐋 &amp; more</p>',
    text: 'Über\nÇa va — naïve café 🐋 & more',
    summary: 'Ça va — naïve café 🐋 & more',
  })
  return {
    sources: [gazette, saved],
    articles: [a1, a3, a0, a2],
    progress: [
      { articleId: 'a2', fraction: 1, updatedAt: T + 900, finishedAt: T + 850 },
      { articleId: 'a1', fraction: 0.42, updatedAt: T + 800, finishedAt: null },
    ],
    interactions: [
      { articleId: 'a1', event: 'open', at: T + 300 },
      { articleId: 'a2', event: 'open', at: T + 200 },
      { articleId: 'a1', event: 'like', at: T + 310 },
      { articleId: 'a2', event: 'save', at: T + 210 },
      { articleId: 'a2', event: 'finish', at: T + 850 },
    ],
    pending: [
      { url: 'https://example.org/later', title: 'Read me later', addedAt: T + 20, attempts: 0, lastError: null },
      { url: 'https://example.org/broken', title: null, addedAt: T + 30, attempts: 2, lastError: 'HTTP 503' },
    ],
    settings: {
      theme: 'dark',
      onboarded: true,
      persistenceRequested: true,
      reader: { fontScale: 1.1, lineHeight: 'relaxed', measure: 'narrow', font: 'sans', theme: 'sepia' },
      topicCount: 12,
      topicNames: { '4': 'Whaling' },
    },
    model: { key: 'current', fittedAt: T + 500, payload: storedTopicModel() },
  }
}

/** Rejects if `promise` has not settled within `ms`: a hung open fails with a message, not a test timeout. */
function settledWithin<V>(promise: Promise<V>, ms: number): Promise<V> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const hung = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms)
  })
  return Promise.race([promise, hung]).finally(() => clearTimeout(timer))
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

  it('upgrades a version 1 database with data in every store to the current version, every record intact and readable by the app', async () => {
    const records = fullV1Records()
    await seedDatabaseAt(1, records)
    const old = await openDB<FolioDB>(DB_NAME)
    expect(old.version).toBe(1)
    expect([...old.objectStoreNames].sort()).toEqual([...V1_STORES])
    old.close()

    const db = await getDb()
    expect(db.version).toBe(3)
    expect([...db.objectStoreNames].sort()).toEqual(V3_STORES)
    // Byte for byte what release 1 stored, ids of auto-incremented interactions included.
    expect(await readV1Stores(db)).toEqual(expectedV1Stores(records))

    // Sources, through the app.
    const [gazette, saved] = records.sources
    expect(await listSources()).toEqual([gazette, saved])
    expect(await getSource('src-2')).toEqual(saved)
    expect(await getSourceByUrl('https://example.org/feed.json')).toEqual(gazette)

    // Articles: each whole (meta and body joined again), and every index.
    for (const article of records.articles) expect(await getArticle(article.id)).toEqual(article)
    expect(await countArticles()).toBe(4)
    expect(await listArticleMetas()).toEqual(expectedV1Stores(records).articles)
    expect(await listArticleTexts(['a3', 'a1'])).toEqual([
      { id: 'a3', title: 'Ça va — naïve café 🐋', text: 'Über\nÇa va — naïve café 🐋 & more' },
      { id: 'a1', title: 'Article a1', text: 'Body of a1' },
    ])
    expect(await listArticleIdsBySource('src-1')).toEqual(['a1', 'a2'])
    expect(await listArticleIdsBySource('src-2')).toEqual(['a0', 'a3'])
    expect(await listArticleIdsByTag('whales')).toEqual(['a0', 'a2'])
    expect(await listArticleIdsByTag('history')).toEqual(['a1', 'a2'])
    expect(await listArticleIdsByTag('speech')).toEqual(['a1'])
    expect(await listArticleIdsByTag('missing')).toEqual([])
    // by-added is [addedAt, id]: a2 and a3 were added at the same moment, the id breaks the tie.
    expect((await listArticleSummaries()).map((summary) => summary.id)).toEqual(['a3', 'a2', 'a1', 'a0'])
    expect(await getNeighbours('a2')).toEqual({ previous: 'a3', next: 'a1' })
    expect(await getNeighbours('a0')).toEqual({ previous: 'a1', next: null })
    expect(await db.getAllKeysFromIndex('articles', 'by-published')).toEqual(['a1', 'a2', 'a3', 'a0'])
    expect(await db.getAllKeysFromIndex('articles', 'by-published', IDBKeyRange.lowerBound(T - 10_000))).toEqual(['a0'])

    // Reading progress, interactions (oldest first through by-at) and the flags read from them.
    expect(await listProgress()).toEqual([records.progress[1], records.progress[0]])
    expect(await getProgress('a2')).toEqual({ articleId: 'a2', fraction: 1, updatedAt: T + 900, finishedAt: T + 850 })
    expect(await db.getAllKeysFromIndex('progress', 'by-updated', IDBKeyRange.lowerBound(T + 850))).toEqual(['a2'])
    expect(await listInteractions()).toEqual([
      { id: 2, articleId: 'a2', event: 'open', at: T + 200 },
      { id: 4, articleId: 'a2', event: 'save', at: T + 210 },
      { id: 1, articleId: 'a1', event: 'open', at: T + 300 },
      { id: 3, articleId: 'a1', event: 'like', at: T + 310 },
      { id: 5, articleId: 'a2', event: 'finish', at: T + 850 },
    ])
    expect(await listInteractionsForArticle('a1')).toEqual([
      { id: 1, articleId: 'a1', event: 'open', at: T + 300 },
      { id: 3, articleId: 'a1', event: 'like', at: T + 310 },
    ])
    expect(await getArticleFlags('a1')).toEqual({ reaction: 'like', saved: false })
    expect(await getArticleFlags('a2')).toEqual({ reaction: null, saved: true })
    expect(await countInteractions()).toBe(5)

    // Pending URLs, settings (each valid, so none falls back to its default) and the topic model.
    expect(await listPendingUrls()).toEqual([records.pending[1], records.pending[0]])
    expect(await getSetting('theme')).toBe('dark')
    expect(await getSetting('onboarded')).toBe(true)
    expect(await getSetting('persistenceRequested')).toBe(true)
    expect(await getSetting('reader')).toEqual({ fontScale: 1.1, lineHeight: 'relaxed', measure: 'narrow', font: 'sans', theme: 'sepia' })
    expect(await getSetting('topicCount')).toBe(12)
    expect(await getSetting('topicNames')).toEqual({ '4': 'Whaling' })
    expect(await getModel()).toEqual(records.model)
    const topicModel = await getTopicModel()
    expect(topicModel).toEqual(storedTopicModel())
    expect(topicModel?.model.weights).toBeInstanceOf(Float64Array)

    // The stores added since version 1 exist, keyed as the app expects, and are empty.
    const newStores = db.transaction(['searchIndex', 'textFacets', 'termCounts'])
    expect([newStores.objectStore('searchIndex').keyPath, newStores.objectStore('textFacets').keyPath, newStores.objectStore('termCounts').keyPath]).toEqual(['key', 'id', 'id'])
    await newStores.done
    expect([await db.count('searchIndex'), await db.count('textFacets'), await db.count('termCounts')]).toEqual([0, 0, 0])
    expect(await getSearchIndex()).toBeUndefined()
    expect(await getTextFacets()).toEqual(new Map())
    expect(await getTermCounts()).toEqual(new Map())
    expect(await listTextFeatureIds()).toEqual([])
  })

  it('lets the app write to every store of a database upgraded from version 1, new stores included', async () => {
    await seedDatabaseAt(1, fullV1Records())
    await getDb()

    await putSearchIndex('{"documentCount":4}', 4, T + 1_000)
    expect(await getSearchIndex()).toEqual({ key: 'current', json: '{"documentCount":4}', documentCount: 4, updatedAt: T + 1_000 })

    const somber: FacetValue = { kind: 'tone', value: 'tone:somber', label: 'somber', relevance: 0.7 }
    const terms: TermCounts = { locale: 'en', stem: true, terms: ['whale', 'speech'], counts: new Uint32Array([3, 1]) }
    await putTextFeatures(
      new Map([
        ['a1', [somber]],
        ['a2', []],
      ]),
      new Map([['a1', terms]]),
    )
    expect(await getTextFacets()).toEqual(
      new Map([
        ['a1', [somber]],
        ['a2', []],
      ]),
    )
    expect(await getTermCounts()).toEqual(new Map([['a1', terms]]))
    const db = await getDb()
    expect(await db.get('textFacets', 'a1')).toEqual({ id: 'a1', version: TEXT_FACETS_VERSION, facets: [somber] })
    expect(await db.get('termCounts', 'a1')).toEqual({ id: 'a1', version: TERM_COUNTS_VERSION, ...terms })

    // Storing an article again spans the old stores and the new ones: its cached features go.
    const revised = articleV1('a1', { title: 'Article a1, revised', text: 'Revised body', html: '<p>Revised body</p>' })
    await putArticles([revised])
    expect(await getArticle('a1')).toEqual(revised)
    expect(await listTextFeatureIds()).toEqual(['a2'])

    // The interaction key generator carries on after the five interactions release 1 stored.
    expect(await recordInteraction('a3', 'open', T + 2_000)).toBe(6)
    expect(await saveProgress('a3', 0.25, T + 2_000)).toEqual({ articleId: 'a3', fraction: 0.25, updatedAt: T + 2_000, finishedAt: null })
    expect(await addPendingUrl('https://example.org/broken', 'ignored', T + 2_000)).toEqual({ url: 'https://example.org/broken', title: null, addedAt: T + 30, attempts: 2, lastError: 'HTTP 503' })

    // All of it is still there after the app reopens the database.
    await closeDb()
    expect((await getDb()).version).toBe(DB_VERSION)
    expect(await getSearchIndex()).toMatchObject({ documentCount: 4 })
    expect(await getTextFacets()).toEqual(new Map([['a2', []]]))
    expect(await listInteractionsForArticle('a3')).toEqual([{ id: 6, articleId: 'a3', event: 'open', at: T + 2_000 }])
    expect(await getArticle('a1')).toEqual(revised)
  })

  it('upgrades a version 1 database to version 2 keeping its data and adding the search index', async () => {
    const records = fullV1Records()
    await seedDatabaseAt(1, records)

    const db = await openDatabaseAt(2)
    expect(db.version).toBe(2)
    expect([...db.objectStoreNames].sort()).toEqual(V2_STORES)
    expect(await readV1Stores(db)).toEqual(expectedV1Stores(records))
    expect(await db.getAllKeysFromIndex('articles', 'by-tag', 'whales')).toEqual(['a0', 'a2'])
    expect(await db.getAllKeysFromIndex('articles', 'by-source', 'src-2')).toEqual(['a0', 'a3'])
    expect(await db.getAllKeysFromIndex('interactions', 'by-article', 'a2')).toEqual([2, 4, 5])

    expect(db.transaction('searchIndex').store.keyPath).toBe('key')
    expect(await db.count('searchIndex')).toBe(0)
    await db.put('searchIndex', { key: 'current', json: '{"v":2}', documentCount: 4, updatedAt: T + 1_000 })
    expect(await db.get('searchIndex', 'current')).toEqual({ key: 'current', json: '{"v":2}', documentCount: 4, updatedAt: T + 1_000 })
    db.close()

    // And the current code takes that version 2 database the rest of the way.
    expect((await getDb()).version).toBe(DB_VERSION)
    expect(await getSearchIndex()).toEqual({ key: 'current', json: '{"v":2}', documentCount: 4, updatedAt: T + 1_000 })
    expect(await readV1Stores(await getDb())).toEqual(expectedV1Stores(records))
  })

  it('refuses a database from a newer release with a VersionError instead of hanging, leaving its data untouched', async () => {
    const records = fullV1Records()
    await seedDatabaseAt(DB_VERSION, records)
    // A newer release upgraded it: one more version, a store this code does not know.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('fromTheFuture') })
    await newer.put('fromTheFuture', { note: 'kept' }, 'k')
    newer.close()

    const notices: DbNotice[] = []
    const stop = onDbNotice((notice) => notices.push(notice))
    await expect(settledWithin(getDb(), 2_000)).rejects.toMatchObject({ name: 'VersionError' })
    // The failed open is not cached: the next attempt tries again, and fails the same way.
    await expect(settledWithin(getDb(), 2_000)).rejects.toMatchObject({ name: 'VersionError' })
    stop()
    expect(notices).toEqual([])

    const after = await openDB(DB_NAME)
    expect(after.version).toBe(DB_VERSION + 1)
    expect([...after.objectStoreNames].sort()).toEqual([...V3_STORES, 'fromTheFuture'].sort())
    expect(await after.get('fromTheFuture', 'k')).toEqual({ note: 'kept' })
    expect(await readV1Stores(after as unknown as Db)).toEqual(expectedV1Stores(records))
    after.close()
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
