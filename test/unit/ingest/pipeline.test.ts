// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { countArticles, listArticleSummaries } from '@/db/articles'
import { getSearchIndex } from '@/db/search-index'
import { listSources } from '@/db/sources'
import { searchLibrary } from '@/ingest/search-client'
import { IngestError } from '@/ingest/errors'
import { ingestFeed, ingestFeedText, type IngestProgress } from '@/ingest/pipeline'
import { parseJsonFeed } from '@/ingest/json-feed'
import { saveProgress, getProgress } from '@/db/progress'
import { sanitizeToParts } from '@/ingest/readable-parts'
import { resetIndexedDb } from '../db/reset'

const feed = (count: number, html = false) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test feed',
    items: Array.from({ length: count }, (_, index) =>
      html
        ? { id: `h${index}`, title: `H${index}`, content_html: `<p onclick="x()">Item ${index} <script>bad()</script>is here.</p>` }
        : { id: `t${index}`, title: `T${index}`, content_text: `Item ${index} is a text. It has two sentences.` },
    ),
  })

const origin = { url: '/samples/test.json', kind: 'sample' as const }
const pageSanitizer = vi.fn((bodies: Array<{ html: string; text: string | null }>) =>
  Promise.resolve(bodies.map(({ html, text }) => sanitizeToParts(html, text))),
)

describe('ingest pipeline', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    pageSanitizer.mockClear()
  })

  it('prepares text items itself and stores them with their source, reporting progress by batch', async () => {
    const progress: IngestProgress[] = []
    const report = await ingestFeedText(feed(60), origin, { sanitize: pageSanitizer, progress: (p) => progress.push(p) })
    expect(report.added).toBe(60)
    expect(pageSanitizer).not.toHaveBeenCalled()
    expect(await countArticles()).toBe(60)
    expect((await listSources()).map((source) => source.title)).toEqual(['Test feed'])
    expect(progress.map((p) => `${p.stage} ${p.done}/${p.total}`)).toEqual([
      'preparing 25/60',
      'preparing 50/60',
      'preparing 60/60',
      'indexing 60/60',
      'saving 60/60',
      'done 60/60',
    ])
    const [first] = await listArticleSummaries(1)
    expect(first?.title).toBe('T0') // feed order: the first item is the newest added
    // The saved full-text index has every article, so search needs no rebuild.
    const hits = (await searchLibrary('T59')).map((hit) => hit.title)
    expect(hits).toEqual(['T59'])
    expect((await getSearchIndex())?.documentCount).toBe(60)
  })

  it('sends HTML bodies to the page to be sanitized, in batches', async () => {
    await ingestFeedText(feed(30, true), origin, { sanitize: pageSanitizer })
    expect(pageSanitizer).toHaveBeenCalledTimes(2)
    expect(pageSanitizer.mock.calls[0]?.[0]).toHaveLength(25)
    const { getArticle } = await import('@/db/articles')
    const [summary] = await listArticleSummaries(1)
    const stored = await getArticle(summary?.id ?? '')
    expect(stored?.html).toBe('<p>Item 0 is here.</p>')
    expect(stored?.text).toBe('Item 0 is here.')
  })

  it('saves nothing when cancelled, even after most batches were prepared', async () => {
    let checks = 0
    const run = ingestFeedText(feed(80), origin, { sanitize: pageSanitizer, isCancelled: () => ++checks > 3 })
    await expect(run).rejects.toThrow(IngestError)
    await expect(run).rejects.toMatchObject({ code: 'cancelled' })
    expect(await countArticles()).toBe(0)
    expect(await listSources()).toEqual([])
  })

  it('refuses a feed with no readable items and stores nothing', async () => {
    const empty = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [{ id: 'x' }] })
    await expect(ingestFeedText(empty, origin, { sanitize: pageSanitizer })).rejects.toMatchObject({ code: 'no_items' })
    expect(await countArticles()).toBe(0)
  })

  it('a refresh adds only new items and leaves stored ones (and their progress) alone', async () => {
    const feedOrigin = { url: 'https://example.org/feed.json', kind: 'feed' as const, etag: '"one"' }
    const first = await ingestFeedText(feed(3), feedOrigin, { sanitize: pageSanitizer }, 1_000)
    const [oldest] = await listArticleSummaries()
    await saveProgress(oldest?.id ?? '', 0.5)
    const second = await ingestFeedText(feed(5), { ...feedOrigin, etag: '"two"' }, { sanitize: pageSanitizer }, 2_000)
    expect([first.added, second.added, second.duplicates]).toEqual([3, 2, 3])
    expect(second.source.id).toBe(first.source.id)
    expect(second.source.addedAt).toBe(1_000) // the subscription date is kept
    expect((await listSources()).map((source) => source.etag)).toEqual(['"two"'])
    expect(await countArticles()).toBe(5)
    expect((await getProgress(oldest?.id ?? ''))?.fraction).toBe(0.5)
    expect((await listArticleSummaries()).find((article) => article.id === oldest?.id)?.addedAt).toBe(oldest?.addedAt)
  })

  it('skips an item whose canonical URL is already stored, from any source', async () => {
    const item = (id: string, url: string) => ({ id, url, title: id, content_text: `Text of ${id}.` })
    const jsonFeed = (title: string, items: object[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items })
    await ingestFeedText(jsonFeed('A', [item('a1', 'https://www.example.org/post/1/?utm_source=rss#top')]), { url: 'https://a.example/feed', kind: 'feed' }, { sanitize: pageSanitizer })
    const report = await ingestFeedText(
      jsonFeed('B', [item('b1', 'http://example.org/post/1'), item('b2', 'https://example.org/post/2'), item('b3', 'https://example.org/post/2?utm_medium=x')]),
      { url: 'https://b.example/feed', kind: 'feed' },
      { sanitize: pageSanitizer },
    )
    expect([report.added, report.duplicates]).toEqual([1, 2])
    expect((await listArticleSummaries()).map((article) => article.title).sort()).toEqual(['a1', 'b2'])
  })

  it('a refresh with nothing new stores nothing but records the fetch', async () => {
    const feedOrigin = { url: 'https://example.org/feed.json', kind: 'feed' as const }
    await ingestFeed(parseJsonFeed(feed(2)), feedOrigin, { sanitize: pageSanitizer }, 1_000)
    const progress: IngestProgress[] = []
    const report = await ingestFeed(parseJsonFeed(feed(2)), { ...feedOrigin, lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' }, { sanitize: pageSanitizer, progress: (p) => progress.push(p) }, 5_000)
    expect([report.added, report.duplicates]).toEqual([0, 2])
    expect(progress.map((p) => p.stage)).toEqual(['saving', 'done'])
    const [source] = await listSources()
    expect([source?.fetchedAt, source?.lastModified]).toEqual([5_000, 'Tue, 24 Nov 2026 10:00:00 GMT'])
  })
})
