import { putSourceWithArticles } from '@/db/articles'
import { readLibrary } from '@/db/backup'
import { recordInteraction } from '@/db/interactions'
import { addPendingUrl } from '@/db/pending'
import { saveProgress } from '@/db/progress'
import { setSetting } from '@/db/settings'
import { exportBackup } from '@/backup/export'
import type { BackupFile } from '@/backup/format'
import { articleV1, sourceV1 } from '../db/fixtures'

const T = 1_700_000_000_000

/** An article body as the importer leaves it: links and images carry the attributes the sanitizer adds. */
export const SANITIZED_HTML =
  '<h2>Heading</h2><p>Text with <a href="https://example.org/x" target="_blank" rel="noopener noreferrer">a link</a> and ' +
  '<img src="https://example.org/i.png" alt="A picture" loading="lazy" decoding="async" referrerpolicy="no-referrer"></p>'

/**
 * A small library with one of everything a backup carries: two sources (one with the optional
 * fields), articles with and without author and link, likes, a hide and its undo, reading progress
 * (one finished), a pending URL, topic names, trainer thumbs, other settings, and this device's own
 * persistenceRequested (which a backup leaves out).
 */
export async function fillLibrary(): Promise<void> {
  await putSourceWithArticles(sourceV1({ fetchVia: 'proxy', lastError: null }), [
    articleV1('a1', { html: SANITIZED_HTML, text: 'Heading\n\nText with a link and', tags: ['sea'] }),
    articleV1('a2', { author: null, url: null, documentUrl: '/articles/a2.json', language: null, tags: [] }),
  ])
  await putSourceWithArticles(sourceV1({ id: 'src-2', kind: 'saved', url: 'folio:saved', etag: null, fetchedAt: null }), [
    articleV1('b1', { sourceId: 'src-2', publishedAt: T + 5, addedAt: T + 9, wordCount: 1200, readingMinutes: 5 }),
  ])
  await recordInteraction('a1', 'open', T + 1)
  await recordInteraction('a1', 'like', T + 2)
  await recordInteraction('b1', 'hide', T + 3)
  await recordInteraction('b1', 'unhide', T + 4)
  await recordInteraction('a2', 'save', T + 5)
  await saveProgress('a1', 0.4, T + 6)
  await saveProgress('b1', 1, T + 7)
  await addPendingUrl('https://example.com/later', 'Read later', T + 8)
  await setSetting('topicNames', { 3: 'Sailing', 7: 'Law' })
  await setSetting('trainer', { 'length:long': 1, 'topic-key:7': -1 })
  await setSetting('interests', ['topic-key:3'])
  await setSetting('reader', { fontScale: 1.2, lineHeight: 'relaxed', measure: 'narrow', font: 'sans', theme: 'sepia' })
  await setSetting('theme', 'dark')
  await setSetting('halfLifeDays', 30)
  await setSetting('persistenceRequested', true)
}

/** A backup as a person would hand it back: the exported file's text, parsed. */
export async function exportedFile(): Promise<BackupFile> {
  return JSON.parse(JSON.stringify(await exportBackup({ now: new Date(T), buildId: 'test' }))) as BackupFile
}

/** Everything stored, for "nothing changed" assertions (derived stores are not read). */
export const snapshot = readLibrary
