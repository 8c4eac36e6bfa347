import { Readability } from '@mozilla/readability'
import type { FastifyInstance } from 'fastify'
import type { ExtractedPage } from '../src/ingest/extract-page'
import { decodeText } from '../src/ingest/formats/decode'
import { FetchRefused, refuse } from './net/refusal'
import type { UpstreamFetcher } from './net/upstream-fetch'
import { parsePage } from './page-document'
import { UNTRUSTED_CONTENT_POLICY } from './security-headers'

/** Web pages only: a feed or an image has no article to extract. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i

const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9'

const orNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null)

/**
 * Runs Readability on a page's HTML; null when it finds no article with text. Links and images
 * in `html` are absolute (the article is read far from the page it came from). The HTML is not
 * sanitized here: the client runs DOMPurify before storing and before rendering.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedPage | null {
  const document = parsePage(html, pageUrl)
  const article = new Readability(document).parse()
  const text = orNull(article?.textContent)
  if (!article?.content || !text) return null
  return {
    url: pageUrl,
    title: orNull(article.title),
    byline: orNull(article.byline),
    siteName: orNull(article.siteName),
    publishedTime: orNull(article.publishedTime), // Readability 0.6 reads article:published_time and JSON-LD
    excerpt: orNull(article.excerpt),
    lang: orNull(article.lang),
    html: article.content,
    text: text.replace(/\n{3,}/g, '\n\n'),
  }
}

/**
 * `GET /api/extract?url=`: fetches a page (same checks and limits as `/api/fetch`) and answers its
 * article, extracted by Readability, as JSON: `{url, title, byline, siteName, publishedTime,
 * excerpt, lang, html, text}`, null for what the page does not say. Errors are `{error, message}`:
 * the fetch's, 415 `content_type` for what is not a web page, 422 `not_readable` when no article is found.
 */
export function registerExtract(app: FastifyInstance, upstream: UpstreamFetcher): void {
  app.get<{ Querystring: { url?: string } }>('/api/extract', async (request, reply) => {
    try {
      const page = await upstream.fetch(request.query.url ?? '', { headers: { accept: HTML_ACCEPT }, allowedTypes: HTML_TYPES, expected: 'a web page' })
      let article: ExtractedPage | null = null
      try {
        article = extractArticle(decodeText(page.body, page.type), page.url.href) // links resolve against where redirects ended
      } catch (error) {
        request.log.warn({ err: error, url: page.url.href }, 'article extraction failed') // a page Readability cannot take is unreadable, not unreachable
      }
      if (!article) throw new FetchRefused('not_readable', 'No article could be found on that page.', 422)
      return reply.header('Cache-Control', 'no-cache').header('Content-Security-Policy', UNTRUSTED_CONTENT_POLICY).send(article)
    } catch (error) {
      return refuse(reply, error)
    }
  })
}
