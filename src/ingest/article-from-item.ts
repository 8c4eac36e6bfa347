import type { ArticleRecord, SourceRecord } from '@/db/schema'
import { parseFeedDate } from './formats/feed-date'
import { stableId } from './ids'
import type { JsonFeedItem } from './json-feed'
import { summarize } from './summarize'
import { countWords, leadSentences, readingMinutes } from './text'
import { articleDocumentPath } from './document-url'

/** An article's body: sanitized HTML and its plain text. */
export interface ReadableParts {
  html: string
  text: string
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Plain text becomes escaped paragraphs: safe by construction, so it needs no DOM to sanitize. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n')
}

/** The body of a text-only item, computed anywhere (worker, Node); HTML items need the page. */
export function textOnlyParts(item: JsonFeedItem): ReadableParts | null {
  return item.contentHtml === null && item.contentText !== null ? { html: textToHtml(item.contentText), text: item.contentText } : null
}

export type ArticleContent = Pick<ArticleRecord, 'title' | 'html' | 'text' | 'wordCount' | 'readingMinutes' | 'summary'>

/** Title, counts and summary from an item's body; no DOM needed. */
export function contentFromParts(item: JsonFeedItem, { html, text }: ReadableParts): ArticleContent {
  const wordCount = countWords(text)
  return {
    title: item.title ?? leadSentences(text, 1, 90),
    html,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    summary: item.summary ?? summarize(text),
  }
}

/** Turns one feed item and its (sanitized) body into a stored article. */
export async function articleFromItem(item: JsonFeedItem, source: SourceRecord, parts: ReadableParts, now = Date.now()): Promise<ArticleRecord> {
  return {
    ...contentFromParts(item, parts),
    id: await stableId(source.id, item.id),
    sourceId: source.id,
    url: item.url,
    documentUrl: articleDocumentPath(item.documentUrl),
    author: item.authors[0] ?? null,
    // An unreadable date keeps the item, dated when it was added.
    publishedAt: parseFeedDate(item.datePublished) ?? now,
    addedAt: now,
    language: item.language,
    tags: item.tags,
  }
}
