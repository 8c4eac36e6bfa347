import { describe, expect, it } from 'vitest'
import { BackupError, type BackupFile } from '@/backup/format'
import { readBackup } from '@/backup/validate'

/** A small valid backup, written by hand, that each case below breaks in one place. */
function validFile(): BackupFile {
  const item = (id: string) => ({
    id,
    url: `https://example.org/${id}`,
    title: `Article ${id}`,
    content_html: `<p>Body of ${id}</p>`,
    content_text: `Body of ${id}`,
    summary: `Body of ${id}`,
    date_published: '2020-09-13T12:26:40.000Z',
    authors: [{ name: 'A. Writer' }],
    tags: ['sea'],
    _folio: { source_id: 'src-1', added_at: 1_700_000_000_000, word_count: 3, reading_minutes: 1, language: 'en', document_url: null },
  })
  return {
    format: 'folio-backup',
    version: 1,
    exportedAt: '2024-05-01T12:00:00.000Z',
    app: { buildId: 'test' },
    feed: { version: 'https://jsonfeed.org/version/1.1', title: 'Folio library', items: [item('a1'), item('a2')] },
    sources: [{ id: 'src-1', kind: 'feed', title: 'Gazette', url: 'https://example.org/feed.json', addedAt: 1, etag: null, lastModified: null, fetchedAt: null }],
    interactions: [{ id: 1, articleId: 'a1', event: 'like', at: 2 }],
    progress: [{ articleId: 'a1', fraction: 0.5, updatedAt: 3, finishedAt: null }],
    pending: [{ url: 'https://example.com/later', title: null, addedAt: 4, attempts: 0, lastError: null }],
    settings: { theme: 'dark', topicNames: { 3: 'Sailing' } },
    topics: { nextKey: 4, topics: [{ key: 3, stems: ['whale', 'ship'] }] },
  }
}

/**
 * The valid file's text with each path of `edits` set to its value (undefined deletes the field):
 * `{ 'feed.items[1].id': 42 }`.
 */
function broken(edits: Record<string, unknown>): string {
  const file = JSON.parse(JSON.stringify(validFile())) as unknown
  for (const [path, value] of Object.entries(edits)) {
    const keys = path.split(/\.|\[(\d+)\]\.?/).filter(Boolean)
    const last = keys.pop()!
    const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], file) as Record<string, unknown>
    if (value === undefined) delete parent[last]
    else parent[last] = value
  }
  return JSON.stringify(file)
}

const refusal = (text: string): BackupError => {
  try {
    readBackup(text)
  } catch (error) {
    if (error instanceof BackupError) return error
    throw error
  }
  throw new Error('the file was accepted')
}

const cannot = (detail: string) => `This backup cannot be restored: ${detail}.`

describe('reading a backup file', () => {
  it('accepts a valid file as it is', () => {
    expect(readBackup(JSON.stringify(validFile()))).toEqual(validFile())
  })

  it('leaves out fields the schema does not know, and accepts a byte-order mark', () => {
    const backup = readBackup('\ufeff' + broken({ 'feed.items[0].extra': '<script>' }))
    expect(backup.feed.items[0]).not.toHaveProperty('extra')
  })

  it('refuses text that is not JSON', () => {
    expect(refusal('{"format": "folio-backup",')).toMatchObject({ code: 'not_json', message: 'This file is not valid JSON, so it cannot be a Folio backup.' })
    expect(refusal('')).toMatchObject({ code: 'not_json' })
  })

  it('refuses JSON that is not a Folio backup', () => {
    const message = 'This file is not a Folio backup (a backup says "format": "folio-backup").'
    expect(refusal('[]')).toMatchObject({ code: 'not_backup', message })
    expect(refusal(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }))).toMatchObject({ code: 'not_backup', message })
    expect(refusal(broken({ format: 'folio-backup-2' }))).toMatchObject({ code: 'not_backup', message })
  })

  it('refuses a file from a newer Folio, however it is shaped', () => {
    expect(refusal(broken({ version: 2 }))).toMatchObject({
      code: 'newer_version',
      message: 'This backup was made by a newer Folio (format version 2). Update Folio to restore it.',
    })
    expect(refusal(JSON.stringify({ format: 'folio-backup', version: 7, library: {} })).message).toBe(
      'This backup was made by a newer Folio (format version 7). Update Folio to restore it.',
    )
  })

  // Each case breaks one field; the message names its path and says what belongs there.
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['version 0', { version: 0 }, 'version must be 1'],
    ['version as text', { version: '1' }, 'version must be 1'],
    ['no exportedAt', { exportedAt: undefined }, 'exportedAt must be an RFC 3339 date (it is missing)'],
    ['no feed', { feed: undefined }, 'feed must be an object (it is missing)'],
    ['a feed without a JSON Feed version', { 'feed.version': '1.1' }, 'feed.version must be a JSON Feed version URL'],
    ['items not a list', { 'feed.items': {} }, 'feed.items must be a list (it is an object)'],
    ['a numeric id', { 'feed.items[1].id': 42 }, 'feed.items[1].id must be a non-empty string (it is a number)'],
    ['an empty id', { 'feed.items[0].id': ' ' }, 'feed.items[0].id must be a non-empty string (it is a string)'],
    ['a missing title', { 'feed.items[1].title': undefined }, 'feed.items[1].title must be a string (it is missing)'],
    ['a javascript: link', { 'feed.items[0].url': 'javascript:alert(1)' }, 'feed.items[0].url must be an http(s) URL (it is a string)'],
    ['no content at all', { 'feed.items[0].content_html': undefined, 'feed.items[0].content_text': undefined }, 'feed.items[0].content_html must be a string when content_text is missing'],
    ['an unreadable date', { 'feed.items[0].date_published': 'last Tuesday' }, 'feed.items[0].date_published must be an RFC 3339 date (it is a string)'],
    ['tags as one string', { 'feed.items[0].tags': 'sea' }, 'feed.items[0].tags must be a list (it is a string)'],
    ['an author without a name', { 'feed.items[1].authors': [{ name: null }] }, 'feed.items[1].authors[0].name must be a string (it is null)'],
    ['no _folio extension', { 'feed.items[0]._folio': undefined }, 'feed.items[0]._folio must be an object (it is missing)'],
    ['a negative word count', { 'feed.items[0]._folio.word_count': -1 }, 'feed.items[0]._folio.word_count must be a whole number, 0 or more (it is a number)'],
    ['a cross-origin document', { 'feed.items[0]._folio.document_url': '//evil.example/a.json' }, 'feed.items[0]._folio.document_url must be an article document path such as /articles/x.json (it is a string)'],
    ['a document that is the fetch proxy', { 'feed.items[0]._folio.document_url': '/api/fetch?url=https://example.com/' }, 'feed.items[0]._folio.document_url must be an article document path such as /articles/x.json (it is a string)'],
    ['an article of no source', { 'feed.items[1]._folio.source_id': 'src-9' }, 'feed.items[1]._folio.source_id names no source in sources ("src-9")'],
    ['two articles with one id', { 'feed.items[1].id': 'a1' }, 'feed.items[1].id repeats "a1", which an earlier entry has'],
    ['an unknown source kind', { 'sources[0].kind': 'podcast' }, 'sources[0].kind must be one of "sample", "feed", "saved", "import" (it is a string)'],
    ['an unknown event', { 'interactions[0].event': 'love' }, 'interactions[0].event must be one of "open", "finish", "like", "dislike", "unreact", "hide", "unhide", "save", "unsave" (it is a string)'],
    ['an interaction id of 0', { 'interactions[0].id': 0 }, 'interactions[0].id must be a whole number above 0 (it is a number)'],
    ['progress past the end', { 'progress[0].fraction': 1.5 }, 'progress[0].fraction must be a number from 0 to 1 (it is a number)'],
    ['a feed at a javascript: address', { 'sources[0].url': 'javascript:alert(1)' }, 'sources[0].url must be an http(s) URL (it is a string)'],
    ['a feed without an address', { 'sources[0].url': null }, 'sources[0].url must be an http(s) URL (it is null)'],
    ['a pending page at a file: address', { 'pending[0].url': 'file:///etc/passwd' }, 'pending[0].url must be an http(s) URL (it is a string)'],
    ['a fractional attempt count', { 'pending[0].attempts': 0.5 }, 'pending[0].attempts must be a whole number, 0 or more (it is a number)'],
    ['settings as a list', { settings: [] }, 'settings must be an object (it is a list)'],
    ['a topic key as text', { 'topics.topics[0].key': '3' }, 'topics.topics[0].key must be a whole number, 0 or more (it is a string)'],
  ]

  it.each(cases)('names the first bad field: %s', (_name, edits, detail) => {
    const error = refusal(broken(edits))
    expect(error.code).toBe('invalid')
    expect(error.message).toBe(cannot(detail))
    expect(detail.startsWith(error.path ?? '?')).toBe(true)
  })

  it('tries at least ten broken variants', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })
})
