// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/db'
import { getArticle, putSourceWithArticles } from '@/db/articles'
import { listInteractions } from '@/db/interactions'
import { putModel } from '@/db/model'
import { getSearchIndex, putSearchIndex } from '@/db/search-index'
import { getSetting } from '@/db/settings'
import { putTextFeatures } from '@/db/text-features'
import { exportBackup } from '@/backup/export'
import type { BackupFile } from '@/backup/format'
import { restoreBackup } from '@/backup/restore'
import { TOPIC_HANDOVER_KEY } from '@/backup/topic-handover'
import { readBackup } from '@/backup/validate'
import { articleV1, sourceV1 } from '../db/fixtures'
import { resetIndexedDb } from '../db/reset'
import { exportedFile, fillLibrary, snapshot } from './library'

/** Another library's backup: one source, one article `other`, made in a profile of its own. */
async function otherBackup(edit: (file: BackupFile) => void = () => undefined): Promise<BackupFile> {
  await resetIndexedDb()
  await putSourceWithArticles(sourceV1({ id: 'src-9' }), [articleV1('other', { sourceId: 'src-9' })])
  const file = await exportedFile()
  edit(file)
  await resetIndexedDb()
  return readBackup(JSON.stringify(file))
}

describe('restoring a backup', () => {
  beforeEach(resetIndexedDb)
  afterEach(() => vi.restoreAllMocks())

  it('replaces the library and empties what was derived from it', async () => {
    const backup = await otherBackup()
    await fillLibrary()
    await putSearchIndex('{}', 3)
    await putModel({ stale: true })
    await putTextFeatures(new Map([['a1', []]]), new Map())
    await restoreBackup(backup)
    const library = await snapshot()
    expect(library.articles.map((article) => article.id)).toEqual(['other'])
    expect(library.sources.map((source) => source.id)).toEqual(['src-9'])
    expect([library.interactions, library.progress, library.pending]).toEqual([[], [], []])
    expect(library.model).toBeUndefined()
    expect(await getSearchIndex()).toBeUndefined()
    expect(await (await getDb()).count('textFacets')).toBe(0)
    // This device's own setting stays; the library's settings are the backup's (none: defaults).
    expect(await getSetting('persistenceRequested')).toBe(true)
    expect(await getSetting('theme')).toBe('system')
  })

  it('stores each setting its validator accepts and reports the rest', async () => {
    const backup = await otherBackup((file) => {
      file.settings = { theme: 'neon', halfLifeDays: 30, colour: 'red', persistenceRequested: false, trainer: { 'length:long': 2 } }
    })
    const report = await restoreBackup(backup)
    expect(report.settings).toBe(1)
    expect(report.skipped).toEqual([
      'settings.theme: not a value this setting can take, so the default applies',
      'settings.colour: Folio has no such setting',
      'settings.trainer: not a value this setting can take, so the default applies',
    ])
    expect(await getSetting('halfLifeDays')).toBe(30)
    expect(await getSetting('theme')).toBe('system')
    expect(await (await getDb()).get('settings', 'colour')).toBeUndefined()
  })

  it('sanitizes hostile HTML as the importer does, and makes a body of plain text', async () => {
    const backup = await otherBackup((file) => {
      const [item] = file.feed.items
      item!.content_html = '<p>Hi</p><img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">x</a><iframe src="https://evil.example"></iframe>'
      delete item!.content_text
      file.feed.items.push({ ...item!, id: 'plain', content_html: undefined, content_text: 'One <b>line</b>\n\nTwo' })
    })
    await restoreBackup(backup)
    const hostile = await getArticle('other')
    expect(hostile?.html).toContain('<img src="x"')
    expect(hostile?.html).not.toMatch(/onerror|<script|javascript:|<iframe/)
    expect(hostile?.text).toBe('Hi\n\nx')
    expect((await getArticle('plain'))?.html).toBe('<p>One &#60;b&#62;line&#60;/b&#62;</p>\n<p>Two</p>')
  })

  // A write can fail at once (a key IndexedDB cannot use: put throws) or later (its request errors and aborts the transaction).
  const failures = {
    'at once': function (this: IDBObjectStore): IDBRequest {
      throw new DOMException('Evaluating the object store’s key path did not yield a value.', 'DataError')
    },
    later: function (this: IDBObjectStore, value: unknown, key?: IDBValidKey): IDBRequest {
      put.call(this, value, key)
      return this.add(value, key) // the key exists now: ConstraintError, after the request is queued
    },
  }
  // eslint-disable-next-line @typescript-eslint/unbound-method -- always called with its store as `this`
  const put = IDBObjectStore.prototype.put

  it.each(Object.entries(failures))('leaves the previous library exactly as it was when a write fails midway (%s)', async (when, fail) => {
    const backup = await otherBackup((file) => file.feed.items.push({ ...file.feed.items[0]!, id: 'boom' }))
    await fillLibrary()
    await putSearchIndex('{"old":true}', 3, 5)
    const before = await snapshot()
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      return ((value as { id?: unknown }).id === 'boom' ? fail : put).call(this, value, key)
    })
    await expect(restoreBackup(backup)).rejects.toMatchObject({ name: when === 'later' ? 'ConstraintError' : 'DataError' })
    vi.restoreAllMocks()
    expect(await snapshot()).toEqual(before)
    expect(await getSearchIndex()).toEqual({ key: 'current', json: '{"old":true}', documentCount: 3, updatedAt: 5 })
  })

  it('gives interactions without ids keys after those of the ones with ids', async () => {
    const backup = await otherBackup((file) => {
      file.interactions = [
        { articleId: 'other', event: 'open', at: 1 },
        { id: 5, articleId: 'other', event: 'like', at: 2 },
      ]
    })
    await restoreBackup(backup)
    expect((await listInteractions()).map(({ id, event }) => [id, event])).toEqual([
      [6, 'open'],
      [5, 'like'],
    ])
  })

  it('keeps the backup’s topics and names for the refit', async () => {
    const backup = await otherBackup((file) => {
      file.settings = { topicNames: { 3: 'Sailing' } }
      file.topics = { nextKey: 4, topics: [{ key: 3, stems: ['whale'] }] }
    })
    await restoreBackup(backup)
    expect(await (await getDb()).get('settings', TOPIC_HANDOVER_KEY)).toEqual({ nextKey: 4, topics: [{ key: 3, stems: ['whale'] }], names: { 3: 'Sailing' } })
    // A backup made before the refit still carries them (and the hand-over is no setting of its own).
    const again = await exportBackup()
    expect(again.topics).toEqual({ nextKey: 4, topics: [{ key: 3, stems: ['whale'] }] })
    expect(again.settings).toEqual({ topicNames: { 3: 'Sailing' } })
  })
})
