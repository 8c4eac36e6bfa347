// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { countArticles, listArticleSummaries } from '@/db/articles'
import { getSearchIndex } from '@/db/search-index'
import { listSources } from '@/db/sources'
import { searchLibrary } from '@/ingest/search-client'
import { IngestError } from '@/ingest/errors'
import { ingestFeedText, type IngestProgress } from '@/ingest/pipeline'
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
      'saving 60/60',
      'indexing 60/60',
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
})
