// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { followArticleDocument } from '@/composables/article-document'
import type { ArticleContent } from '@/ingest/article-from-item'

const DOC = '/articles/a.json'
const item = (text: string) => ({ id: 'a', title: 'A', content_text: text })

/** A service-worker container and Cache Storage holding `cached`, whose broadcasts the test sends. */
function fakeWorker(cached: unknown) {
  const container = new EventTarget()
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
  vi.stubGlobal('caches', { open: () => Promise.resolve({ match: () => Promise.resolve(new Response(JSON.stringify(cached))) }) })
  return {
    broadcast(): void {
      const data = { type: 'CACHE_UPDATED', meta: 'workbox-broadcast-update', payload: { cacheName: 'folio-articles-v1', updatedURL: new URL(DOC, location.href).href } }
      container.dispatchEvent(new MessageEvent('message', { data }))
    },
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('followArticleDocument', () => {
  // Load the lazily imported parsers once, so each test's timing is its own.
  beforeAll(async () => {
    await Promise.all([import('@/ingest/json-feed'), import('@/ingest/readable-parts')])
  })
  afterEach(() => vi.unstubAllGlobals())

  it('applies the first answer, then every broadcast update', async () => {
    const worker = fakeWorker(item('Second version.'))
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(item('First version.'))))))
    const applied: ArticleContent[] = []
    const scope = effectScope()
    scope.run(() => followArticleDocument(DOC, (content) => applied.push(content)))
    await vi.waitFor(() => expect(applied).toHaveLength(1))
    worker.broadcast()
    await vi.waitFor(() => expect(applied).toHaveLength(2))
    expect(applied.map((content) => content.text)).toEqual(['First version.', 'Second version.'])
    scope.stop()
  })

  it('never lets a stale first answer overwrite a newer broadcast', async () => {
    const worker = fakeWorker(item('New version.'))
    let answerFirstFetch: (response: Response) => void = () => undefined
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answerFirstFetch = resolve))))
    const applied: string[] = []
    const scope = effectScope()
    scope.run(() => followArticleDocument(DOC, (content) => applied.push(content.text)))
    worker.broadcast()
    await vi.waitFor(() => expect(applied).toEqual(['New version.']))
    answerFirstFetch(new Response(JSON.stringify(item('Old version.'))))
    await flush()
    expect(applied).toEqual(['New version.'])
    scope.stop()
  })

  it('stops listening when its scope ends', async () => {
    const worker = fakeWorker(item('Later version.'))
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('null'))))
    const applied: string[] = []
    const scope = effectScope()
    scope.run(() => followArticleDocument(DOC, (content) => applied.push(content.text)))
    scope.stop()
    worker.broadcast()
    await flush()
    expect(applied).toEqual([])
  })
})
