import type { ArticleRecord, SourceRecord } from '@/db/schema'
import { stableId } from './ids'
import type { JsonFeedItem } from './json-feed'
import { sanitizeArticleHtml } from './sanitize'
import { summarize } from './summarize'
import { countWords, htmlToText, leadSentences, readingMinutes } from './text'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Plain text becomes paragraphs, so text-only items read like the rest. */
function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n')
}

function parseDate(value: string | null): number | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/** Only same-origin paths may be revalidated by the service worker's article route. */
function sameOriginPath(value: string | null): string | null {
  return value && /^\/[^/\\]/.test(value) ? value : null
}

export type ArticleContent = Pick<ArticleRecord, 'title' | 'html' | 'text' | 'wordCount' | 'readingMinutes' | 'summary'>

/** The readable part of an item: sanitized HTML, plain text, counts, title and summary. */
export function articleContent(item: JsonFeedItem): ArticleContent {
  const html = sanitizeArticleHtml(item.contentHtml ?? textToHtml(item.contentText ?? ''))
  const text = item.contentText ?? htmlToText(html)
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

/** Turns one feed item into a stored article. */
export async function articleFromItem(item: JsonFeedItem, source: SourceRecord, now = Date.now()): Promise<ArticleRecord> {
  return {
    ...articleContent(item),
    id: await stableId(source.id, item.id),
    sourceId: source.id,
    url: item.url,
    documentUrl: sameOriginPath(item.documentUrl),
    author: item.authors[0] ?? null,
    publishedAt: parseDate(item.datePublished) ?? now,
    addedAt: now,
    language: item.language,
    tags: item.tags,
  }
}
