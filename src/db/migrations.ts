import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import { DB_VERSION, type FolioDB } from './schema'

type UpgradeTx = IDBPTransaction<FolioDB, StoreNames<FolioDB>[], 'versionchange'>

/**
 * Cumulative migrations: a database at any earlier version runs every block after it, in order.
 * Never edit a released block; add a new one and a test that upgrades data written by the old one.
 * `targetVersion` stops early, so tests can build a database exactly as an older release left it.
 */
export function migrate(db: IDBPDatabase<FolioDB>, oldVersion: number, _tx: UpgradeTx, targetVersion = DB_VERSION): void {
  if (oldVersion < 1 && targetVersion >= 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' })
    articles.createIndex('by-source', 'sourceId')
    articles.createIndex('by-published', 'publishedAt')
    articles.createIndex('by-added', ['addedAt', 'id'])
    articles.createIndex('by-tag', 'tags', { multiEntry: true })

    db.createObjectStore('bodies', { keyPath: 'id' })

    const sources = db.createObjectStore('sources', { keyPath: 'id' })
    sources.createIndex('by-url', 'url')

    const interactions = db.createObjectStore('interactions', { keyPath: 'id', autoIncrement: true })
    interactions.createIndex('by-article', 'articleId')
    interactions.createIndex('by-at', 'at')

    const progress = db.createObjectStore('progress', { keyPath: 'articleId' })
    progress.createIndex('by-updated', 'updatedAt')

    db.createObjectStore('pending', { keyPath: 'url' })
    db.createObjectStore('settings')
    db.createObjectStore('model', { keyPath: 'key' })
  }
  if (oldVersion < 2 && targetVersion >= 2) {
    db.createObjectStore('searchIndex', { keyPath: 'key' })
  }
  if (oldVersion < 3 && targetVersion >= 3) {
    // Filled lazily by the recommendations worker: existing articles get theirs on its first run.
    db.createObjectStore('textFacets', { keyPath: 'id' })
    db.createObjectStore('termCounts', { keyPath: 'id' })
  }
}
