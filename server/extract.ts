import { Readability } from '@mozilla/readability'
import type { FastifyInstance } from 'fastify'
import { parseHTML } from 'linkedom'
import { checkTarget, FetchRefused, fetchUpstream, refuse, type FetchProxyOptions } from './fetch-proxy'
import type { ExtractedPage } from '../src/ingest/extract-page'
import { decodeText } from '../src/ingest/formats/decode'
import { UNTRUSTED_CONTENT_POLICY } from './security-headers'

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i

const orNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null)

/** Links and images made absolute: the article is read far from the page it came from. */
function absolutize(document: Document, base: string): void {
  for (const [selector, attribute] of [['a[href]', 'href'], ['img[src]', 'src'], ['source[src]', 'src'], ['video[poster]', 'poster']] as const) {
    for (const element of document.querySelectorAll(selector)) {
      try {
        element.setAttribute(attribute, new URL(element.getAttribute(attribute) ?? '', base).href)
      } catch {
        element.removeAttribute(attribute)
      }
    }
  }
  for (const image of document.querySelectorAll('img[srcset]')) image.removeAttribute('srcset') // relative candidates; src is enough
}

/** Runs Readability on a page's HTML; null when it finds no article. */
export function extractArticle(html: string, pageUrl: string): ExtractedPage | null {
  const { document } = parseHTML(html)
  const base = orNull(document.querySelector('base[href]')?.getAttribute('href')) ?? pageUrl
  absolutize(document, new URL(base, pageUrl).href)
  const lang = orNull(document.documentElement.getAttribute('lang'))
  const article = new Readability(document).parse()
  const text = orNull(article?.textContent)
  if (!article?.content || !text) return null
  return {
    url: pageUrl,
    title: orNull(article.title),
    byline: orNull(article.byline),
    siteName: orNull(article.siteName),
    publishedTime: orNull(article.publishedTime),
    excerpt: orNull(article.excerpt),
    lang: orNull(article.lang) ?? lang,
    html: article.content,
    text: text.replace(/\n{3,}/g, '\n\n'),
  }
}

/**
 * `GET /api/extract?url=`: fetches a page (same checks as `/api/fetch`) and answers its article,
 * extracted by Readability, as JSON.
 */
export function registerExtract(app: FastifyInstance, options: FetchProxyOptions): void {
  app.get<{ Querystring: { url?: string } }>('/api/extract', async (request, reply) => {
    try {
      const target = await checkTarget(request.query.url ?? '', options.allowPrivateAddresses)
      const page = await fetchUpstream(target, options, { accept: 'text/html, application/xhtml+xml;q=0.9' })
      if (!HTML_TYPES.test(page.type)) throw new FetchRefused('content_type', `That address is not a web page (${page.type || 'no type'}).`, 415)
      const article = extractArticle(decodeText(page.body, page.type), target.href)
      if (!article) throw new FetchRefused('not_readable', 'No article could be found on that page.', 422)
      return reply.header('Cache-Control', 'no-cache').header('Content-Security-Policy', UNTRUSTED_CONTENT_POLICY).send(article)
    } catch (error) {
      return refuse(reply, error)
    }
  })
}
