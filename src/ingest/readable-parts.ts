import { textToHtml, contentFromParts, type ArticleContent, type ReadableParts } from './article-from-item'
import type { JsonFeedItem } from './json-feed'
import { sanitizeArticleHtml } from './sanitize'
import { htmlToText } from './text'

/** Sanitizes HTML and extracts its text. Needs a DOM: runs in the page, not in a worker. */
export function sanitizeToParts(html: string, knownText: string | null = null): ReadableParts {
  const safe = sanitizeArticleHtml(html)
  return { html: safe, text: knownText ?? htmlToText(safe) }
}

/** An item's body, sanitized (in the page). */
export function readableParts(item: JsonFeedItem): ReadableParts {
  return sanitizeToParts(item.contentHtml ?? textToHtml(item.contentText ?? ''), item.contentText)
}

/** The readable content of an item, for the page (a revalidated article document). */
export function articleContent(item: JsonFeedItem): ArticleContent {
  return contentFromParts(item, readableParts(item))
}
