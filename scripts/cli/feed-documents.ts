import { parseHTML } from 'linkedom'
import { parseJsonFeed } from '../../src/ingest/json-feed'
import type { RecArticle } from '../../src/ml/recs/rec-library'
import type { TopicDocument } from '../../src/ml/topics/topic-model'
import { UsageError } from './run-cli'

/** An item's HTML as plain text, block elements kept apart by a space. */
function htmlText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`)
  for (const element of document.querySelectorAll('script, style, template')) element.remove()
  for (const block of document.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, br, blockquote, pre, td')) block.after(' ')
  return document.body.textContent ?? ''
}

/** Every item of a JSON Feed as an article the recommender reads (one source: the feed). */
export function feedArticles(json: string): RecArticle[] {
  const documents = feedDocuments(json)
  const feed = parseJsonFeed(json)
  const items = new Map(feed.items.map((item) => [item.id, item]))
  return documents.map(({ id, text }) => {
    const item = items.get(id)
    const wordCount = text.split(/\s+/).filter(Boolean).length
    const published = item?.datePublished ? Date.parse(item.datePublished) : Number.NaN
    return {
      id,
      title: item?.title ?? id,
      text,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 238)),
      publishedAt: Number.isFinite(published) ? published : 0,
      sourceId: 'feed',
      sourceTitle: feed.title,
      author: item?.authors[0] ?? null,
      tags: item?.tags ?? [],
    }
  })
}

/**
 * Every item of a JSON Feed as a document to model: its title and its text (content_text, or
 * content_html as text, or the summary). Items Folio would skip on import (no content) still get
 * a document, empty but for their title, so the CLIs answer for every item that has an id.
 */
export function feedDocuments(json: string): TopicDocument[] {
  let feed: ReturnType<typeof parseJsonFeed>
  try {
    feed = parseJsonFeed(json)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const documents = feed.items.map((item) => ({
    id: item.id,
    text: [item.title, item.contentText ?? (item.contentHtml ? htmlText(item.contentHtml) : null) ?? item.summary].filter(Boolean).join('\n'),
  }))
  const raw = JSON.parse(json) as { items: unknown[] }
  const known = new Set(documents.map((document) => document.id))
  for (const { index } of feed.skipped) {
    const entry = raw.items[index] as { id?: unknown; title?: unknown } | null
    const id = typeof entry?.id === 'string' || typeof entry?.id === 'number' ? String(entry.id) : null
    if (id === null || known.has(id)) continue
    known.add(id)
    documents.push({ id, text: typeof entry?.title === 'string' ? entry.title : '' })
  }
  return documents
}
