import { onScopeDispose } from 'vue'
import type { ArticleContent } from '@/ingest/article-from-item'
import { watchDocumentUpdates } from './document-updates'

/**
 * Keeps an article's body in step with its document URL: the first fetch is answered from the
 * service worker's cache at once; when the revalidated copy differs, the worker broadcasts and
 * `apply` gets the new content. Stops when the calling scope is disposed.
 */
export function followArticleDocument(documentUrl: string, apply: (content: ArticleContent) => void): void {
  // Answers are numbered: the first fetch is 0, each broadcast the next. Parsing is async, so a
  // stale first answer may finish after a newer broadcast; only newer answers are applied.
  let received = 0
  let applied = -1
  const handle = async (body: unknown, sequence: number): Promise<void> => {
    const [{ parseJsonFeedItem }, { articleContent }] = await Promise.all([
      import('@/ingest/json-feed'),
      import('@/ingest/readable-parts'),
    ])
    const item = parseJsonFeedItem(body)
    if (typeof item === 'string' || sequence < applied) return
    applied = sequence
    apply(articleContent(item))
  }
  let active = true
  const stop = watchDocumentUpdates(documentUrl, (body) => void handle(body, ++received))
  onScopeDispose(() => {
    active = false
    stop()
  })
  fetch(documentUrl, { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((body: unknown) => (body && active ? handle(body, 0) : undefined))
    .catch(() => undefined) // offline with nothing cached: the stored copy stays on screen
}
