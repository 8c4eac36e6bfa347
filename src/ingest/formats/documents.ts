import { Readability } from '@mozilla/readability'
import { marked } from 'marked'
import { IngestError } from '../errors'
import type { JsonFeed, JsonFeedItem } from '../json-feed'
import { nonEmpty } from './feed-fields'

/** Single documents become one-item feeds, so they are stored (and sanitized) like any feed item. */

const baseName = (fileName: string): string => fileName.replace(/\.[^.]+$/, '') || fileName

function oneItemFeed(fileName: string, item: Omit<JsonFeedItem, 'id' | 'url' | 'summary' | 'tags' | 'documentUrl'>): JsonFeed {
  return {
    title: item.title ?? baseName(fileName),
    homePageUrl: null,
    feedUrl: null,
    language: item.language,
    // The file name is the id: importing the same file again finds it already stored.
    items: [{ ...item, id: `file:${fileName}`, url: null, summary: null, tags: [], documentUrl: null }],
    skipped: [],
  }
}

/** Markdown (CommonMark and GFM, rendered by marked); the title is the first `# heading`. */
export function markdownToFeed(text: string, fileName: string): JsonFeed {
  const heading = text.match(/^#\s+(.+?)\s*#*\s*$/m)?.[1] ?? null
  const html = marked.parse(text, { async: false, gfm: true })
  return oneItemFeed(fileName, { title: heading ?? baseName(fileName), contentHtml: html, contentText: null, datePublished: null, authors: [], language: null })
}

/** Plain text; a short first line is the title. */
export function plainTextToFeed(text: string, fileName: string): JsonFeed {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? ''
  const title = firstLine.length > 0 && firstLine.length <= 120 && /\r?\n\s*\r?\n/.test(text.trimStart()) ? firstLine : baseName(fileName)
  return oneItemFeed(fileName, { title, contentHtml: null, contentText: text.trim() || title, datePublished: null, authors: [], language: null })
}

/**
 * A saved web page: Readability keeps the article and drops navigation, ads and footers. When it
 * finds no article, the whole body is kept (the sanitizer still runs on it).
 */
export function htmlToFeed(doc: Document, fileName: string): JsonFeed {
  const language = nonEmpty(doc.documentElement.getAttribute('lang'))
  const article = new Readability(doc.cloneNode(true) as Document).parse()
  if (!article?.content) {
    if (!doc.body?.textContent?.trim()) throw new IngestError('no_items', `“${fileName}” has no text to read.`)
    return oneItemFeed(fileName, { title: nonEmpty(doc.title) ?? baseName(fileName), contentHtml: doc.body?.innerHTML ?? '', contentText: null, datePublished: null, authors: [], language })
  }
  return oneItemFeed(fileName, {
    title: nonEmpty(article.title) ?? nonEmpty(doc.title) ?? baseName(fileName),
    contentHtml: article.content,
    contentText: null,
    datePublished: nonEmpty(article.publishedTime),
    authors: [nonEmpty(article.byline) ?? nonEmpty(article.siteName)].filter((name): name is string => name !== null),
    language: nonEmpty(article.lang) ?? language,
  })
}
