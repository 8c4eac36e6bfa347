// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getArticle, listArticleSummaries } from '@/db/articles'
import { listPendingUrls } from '@/db/pending'
import { listSources } from '@/db/sources'
import { useIngestStore } from '@/stores/ingest'
import { useSavedPagesStore } from '@/stores/saved-pages'
import { resetIndexedDb } from '../db/reset'

const extracted = {
  url: 'https://harbour.example/keeper',
  title: 'The Last Lighthouse Keeper',
  byline: 'Ada Lantern',
  siteName: 'The Harbour Gazette',
  publishedTime: '2026-11-20T07:30:00Z',
  excerpt: 'For forty years…',
  lang: 'en',
  html: '<p onclick="steal()">For forty years Tom climbed the steps. He trimmed the wick.</p><script>bad()</script>',
  text: 'For forty years Tom climbed the steps. He trimmed the wick.',
}

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
}

describe('saved pages store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
    setOnline(true)
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(Response.json(extracted))))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('saves a page online: extracted, sanitized, stored under Saved pages, nothing left pending', async () => {
    const saved = useSavedPagesStore()
    await saved.saveUrl('https://harbour.example/keeper')
    expect(fetch).toHaveBeenCalledWith('/api/extract?url=https%3A%2F%2Fharbour.example%2Fkeeper', expect.anything())
    expect(useIngestStore().message).toBe('Saved for offline reading.')
    const [summary] = await listArticleSummaries()
    expect(summary).toMatchObject({ title: 'The Last Lighthouse Keeper', author: 'Ada Lantern', url: 'https://harbour.example/keeper', language: 'en' })
    expect((await getArticle(summary?.id ?? ''))?.html).toBe('<p>For forty years Tom climbed the steps. He trimmed the wick.</p>')
    expect((await listSources()).map((source) => [source.kind, source.title])).toEqual([['saved', 'Saved pages']])
    expect(await listPendingUrls()).toEqual([])
  })

  it('keeps a page saved offline as pending, then fetches it when back online', async () => {
    setOnline(false)
    const saved = useSavedPagesStore()
    await saved.saveUrl('harbour.example/keeper')
    expect(useIngestStore().message).toBe('You are offline: the page will be fetched when the connection returns.')
    expect(fetch).not.toHaveBeenCalled()
    expect(saved.pending.map((page) => page.url)).toEqual(['https://harbour.example/keeper'])

    setOnline(true)
    await saved.fetchPending()
    expect(useIngestStore().message).toBe('Fetched 1 saved page.')
    expect(saved.pending).toEqual([])
    expect(await listArticleSummaries()).toHaveLength(1)
  })

  it('keeps a page that could not be extracted as pending, with the reason', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(Response.json({ error: 'not_readable', message: 'No article could be found on that page.' }, { status: 422 }))))
    const saved = useSavedPagesStore()
    await saved.saveUrl('https://harbour.example/gallery')
    expect(useIngestStore().error).toBeNull()
    expect(useIngestStore().message).toBe('Saved for later, but the page could not be fetched yet: No article could be found on that page. Folio will try again.')
    expect(await listPendingUrls()).toEqual([expect.objectContaining({ url: 'https://harbour.example/gallery', attempts: 1, lastError: 'No article could be found on that page.' })])
    expect(await listArticleSummaries()).toEqual([])
  })

  it('a network failure while “online” leaves the page pending without an error', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))))
    const saved = useSavedPagesStore()
    await saved.saveUrl('https://harbour.example/keeper')
    expect(useIngestStore().error).toBeNull()
    expect(saved.pending).toHaveLength(1)
  })
})
