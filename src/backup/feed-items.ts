import type { ReadableParts } from '@/ingest/article-from-item'
import type { ArticleRecord } from '@/db/schema'
import type { BackupItem } from './format'

/**
 * A stored article as a JSON Feed 1.1 item. Fields JSON Feed leaves optional are left out when the
 * article has none (feeds have no nulls); Folio's own fields go in the `_folio` extension.
 */
export function articleToItem(article: ArticleRecord): BackupItem {
  return {
    id: article.id,
    ...(article.url === null ? {} : { url: article.url }),
    title: article.title,
    content_html: article.html,
    content_text: article.text,
    summary: article.summary,
    date_published: new Date(article.publishedAt).toISOString(),
    ...(article.author === null ? {} : { authors: [{ name: article.author }] }),
    tags: article.tags,
    _folio: {
      source_id: article.sourceId,
      added_at: article.addedAt,
      word_count: article.wordCount,
      reading_minutes: article.readingMinutes,
      language: article.language,
      document_url: article.documentUrl,
    },
  }
}

/**
 * A validated item back as a stored article, with `body` its sanitized HTML and text. The item's
 * id is the stored id itself (not hashed again as an imported item's would be): interactions and
 * progress refer to it.
 */
export function itemToArticle(item: BackupItem, body: ReadableParts): ArticleRecord {
  const extension = item._folio
  return {
    id: item.id,
    sourceId: extension.source_id,
    url: item.url ?? null,
    documentUrl: extension.document_url,
    title: item.title,
    author: item.authors?.[0]?.name ?? null,
    publishedAt: Date.parse(item.date_published),
    addedAt: extension.added_at,
    html: body.html,
    text: body.text,
    wordCount: extension.word_count,
    readingMinutes: extension.reading_minutes,
    language: extension.language,
    tags: item.tags,
    summary: item.summary,
  }
}
