import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb'
import { migrate } from './migrations'
import { DB_NAME, DB_VERSION, type FolioDB } from './schema'

export type FolioDb = IDBPDatabase<FolioDB>

/** What the shell tells the person when another tab holds an older or newer database. */
export type DbNotice = 'blocked' | 'outdated' | 'terminated'
type NoticeListener = (notice: DbNotice) => void

let connection: Promise<FolioDb> | null = null
const listeners = new Set<NoticeListener>()

/** Subscribes to connection notices; returns the unsubscribe function. */
export function onDbNotice(listener: NoticeListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function notify(notice: DbNotice): void {
  for (const listener of listeners) listener(notice)
}

/**
 * The shared connection, opened on first use. A tab running older code closes its connection as
 * soon as a newer tab asks to upgrade (`blocking`), so the upgrade never waits on it; the next call
 * reopens, which fails loudly (VersionError) in the old tab instead of hanging.
 */
export function getDb(): Promise<FolioDb> {
  connection ??= openDB<FolioDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, tx),
    blocked: () => notify('blocked'),
    blocking: () => {
      void closeDb()
      notify('outdated')
    },
    terminated: () => {
      connection = null
      notify('terminated')
    },
  }).catch((error: unknown) => {
    connection = null
    throw error
  })
  return connection
}

/** Closes the shared connection (tests, and the `blocking` handler). */
export async function closeDb(): Promise<void> {
  const pending = connection
  connection = null
  if (pending) (await pending).close()
}

/**
 * Runs the writes of one readwrite transaction so that all land or none does: a write that throws
 * at once (a missing key, say) aborts the transaction instead of letting the earlier ones commit.
 * `write` passes each request to `track`.
 */
export async function writeAtomically<Names extends StoreNames<FolioDB>[]>(
  tx: IDBPTransaction<FolioDB, Names, 'readwrite'>,
  write: (track: (request: Promise<unknown>) => void) => void,
): Promise<void> {
  const pending: Array<Promise<unknown>> = [tx.done]
  try {
    write((request) => pending.push(request))
  } catch (error) {
    // The abort rejects every tracked request; the caller gets the original error instead.
    for (const request of pending) request.catch(() => undefined)
    tx.abort()
    throw error
  }
  try {
    await Promise.all(pending)
  } catch (error) {
    // A request rejects with a bare AbortError when its transaction aborts; the transaction's own
    // error says why (a QuotaExceededError, say), and that is what callers act on.
    throw tx.error ?? error
  }
}
