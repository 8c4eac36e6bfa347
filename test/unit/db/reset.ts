import { IDBFactory } from 'fake-indexeddb'
import { closeDb } from '@/db'

/** A fresh, empty IndexedDB for each test, and no connection left from the last one. */
export async function resetIndexedDb(): Promise<void> {
  await closeDb()
  globalThis.indexedDB = new IDBFactory()
}
