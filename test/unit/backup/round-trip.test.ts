// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { getArticle } from '@/db/articles'
import { getArticleFlags, listInteractions } from '@/db/interactions'
import { getSetting } from '@/db/settings'
import { exportBackup } from '@/backup/export'
import { BACKUP_FORMAT, JSON_FEED_VERSION, type BackupFile } from '@/backup/format'
import { restoreBackup } from '@/backup/restore'
import { readBackup } from '@/backup/validate'
import { resetIndexedDb } from '../db/reset'
import { exportedFile, fillLibrary, SANITIZED_HTML } from './library'

const withoutDate = ({ exportedAt: _exportedAt, ...rest }: BackupFile) => rest

describe('backup round trip', () => {
  beforeEach(resetIndexedDb)

  it('restores into a fresh profile a library that exports identically, but for exportedAt', async () => {
    await fillLibrary()
    const first = await exportedFile()

    await resetIndexedDb() // a fresh profile: a new, empty database
    const report = await restoreBackup(readBackup(JSON.stringify(first)))
    expect(report).toEqual({ articles: 3, sources: 2, interactions: 5, progress: 2, pending: 1, settings: 6, skipped: [] })

    const second = JSON.parse(JSON.stringify(await exportBackup({ now: new Date(), buildId: 'test' }))) as BackupFile
    expect(second.exportedAt).not.toBe(first.exportedAt)
    expect(withoutDate(second)).toEqual(withoutDate(first))
  })

  it('speaks JSON Feed 1.1 for the articles, with Folio’s fields in the _folio extension', async () => {
    await fillLibrary()
    const file = await exportedFile()
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: '2023-11-14T22:13:20.000Z', app: { buildId: 'test' } })
    expect(file.feed.version).toBe(JSON_FEED_VERSION)
    const [a1, a2] = file.feed.items
    expect(a1).toEqual({
      id: 'a1',
      url: 'https://example.org/a1',
      title: 'Article a1',
      content_html: SANITIZED_HTML,
      content_text: 'Heading\n\nText with a link and',
      summary: 'Body of a1',
      date_published: '2020-09-13T12:26:40.000Z',
      authors: [{ name: 'A. Writer' }],
      tags: ['sea'],
      _folio: { source_id: 'src-1', added_at: 1_700_000_000_000, word_count: 3, reading_minutes: 1, language: 'en', document_url: null },
    })
    // JSON Feed has no nulls: an article without a link or author leaves those fields out.
    expect(a2).not.toHaveProperty('url')
    expect(a2).not.toHaveProperty('authors')
    expect(a2?._folio.document_url).toBe('/articles/a2.json')
  })

  it('brings back likes, a hide and its undo, topic names, thumbs and reader settings, but not persistenceRequested', async () => {
    await fillLibrary()
    const file = await exportedFile()
    expect(file.settings).not.toHaveProperty('persistenceRequested')
    await resetIndexedDb()
    await restoreBackup(readBackup(JSON.stringify(file)))

    expect(await getArticleFlags('a1')).toEqual({ reaction: 'like', saved: false })
    expect(await getArticleFlags('a2')).toEqual({ reaction: null, saved: true })
    expect((await listInteractions()).filter((entry) => entry.articleId === 'b1').map((entry) => entry.event)).toEqual(['hide', 'unhide'])
    expect(await getSetting('topicNames')).toEqual({ 3: 'Sailing', 7: 'Law' })
    expect(await getSetting('trainer')).toEqual({ 'length:long': 1, 'topic-key:7': -1 })
    expect((await getSetting('reader')).theme).toBe('sepia')
    expect(await getSetting('persistenceRequested')).toBe(false) // this device never asked
    expect((await getArticle('a1'))?.html).toBe(SANITIZED_HTML)
  })
})
