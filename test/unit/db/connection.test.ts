import { openDB } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import { getDb, onDbNotice, type DbNotice } from '@/db'
import { DB_NAME, DB_VERSION } from '@/db/schema'
import { resetIndexedDb } from './reset'

describe('shared connection', () => {
  beforeEach(resetIndexedDb)

  it('opens once and shares the connection', async () => {
    const [first, second] = await Promise.all([getDb(), getDb()])
    expect(first).toBe(second)
  })

  it('steps aside when a newer tab upgrades, so the upgrade never hangs', async () => {
    const notices: DbNotice[] = []
    const stop = onDbNotice((notice) => notices.push(notice))
    await getDb()

    // Another tab running newer code opens the next version.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('from-the-future') })
    expect(newer.version).toBe(DB_VERSION + 1)
    expect(notices).toEqual(['outdated'])

    // This (older) tab can no longer open its version: it fails loudly instead of hanging.
    await expect(getDb()).rejects.toThrow()
    newer.close()
    stop()
  })
})
