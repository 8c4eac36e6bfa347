/**
 * The only documents an article may revalidate from: Folio's own article JSON
 * (`/articles/<id>.json`, served by server/article-documents.ts). Any other same-origin path
 * would let a feed or a backup point an article at `/api/fetch?url=…` or `/api/extract?url=…`
 * and make Folio's server fetch a URL of the feed's choosing each time the article is opened.
 */
export const ARTICLE_DOCUMENT_PATH = /^\/articles\/[A-Za-z0-9][A-Za-z0-9._-]*\.json$/

/** `value` when it is an article document path, else null. */
export function articleDocumentPath(value: string | null | undefined): string | null {
  return typeof value === 'string' && ARTICLE_DOCUMENT_PATH.test(value) && !value.includes('..') ? value : null
}
