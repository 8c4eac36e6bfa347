import { parseHTML } from 'linkedom'

/** Elements a browser keeps in `<head>` when the page leaves `<head>` and `<body>` implicit. */
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title'])

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const COMMENT_NODE = 8

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function attributesOf(element: Element): string {
  return [...element.attributes].map(({ name, value }) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')
}

/** An element, text or comment node as HTML. */
function serialize(node: ChildNode): string {
  if (node.nodeType === ELEMENT_NODE) return (node as Element).outerHTML
  if (node.nodeType === TEXT_NODE) return escapeText(node.textContent ?? '')
  return `<!--${node.textContent ?? ''}-->`
}

/**
 * linkedom builds the tree from the tags that are there (htmlparser2), not by the HTML standard's
 * tree construction: a page that leaves `<html>`, `<head>` or `<body>` implicit (valid HTML, and
 * common in minified pages) gets no `<body>`, or no document element at all for plain text or an
 * empty body. This rebuilds such a page as `<html><head>…</head><body>…</body></html>`.
 */
function withImpliedTags(document: Document): string {
  const head: string[] = []
  const body: string[] = []
  let htmlAttributes = ''
  let bodyAttributes = ''
  let inBody = false
  const visit = (nodes: Iterable<ChildNode>, place: 'head' | 'body' | 'implied'): void => {
    for (const node of nodes) {
      if (node.nodeType !== ELEMENT_NODE && node.nodeType !== TEXT_NODE && node.nodeType !== COMMENT_NODE) continue // the doctype
      const name = node.nodeType === ELEMENT_NODE ? (node as Element).localName : null
      if (name === 'html' || name === 'head' || name === 'body') {
        if (name === 'html') htmlAttributes ||= attributesOf(node as Element)
        if (name === 'body') bodyAttributes ||= attributesOf(node as Element)
        if (name === 'body') inBody = true
        visit(node.childNodes, name === 'html' ? place : name)
        continue
      }
      const headLike = node.nodeType === COMMENT_NODE || (name !== null && HEAD_ELEMENTS.has(name)) || (node.nodeType === TEXT_NODE && !node.textContent?.trim())
      const toHead = place === 'head' || (place === 'implied' && !inBody && headLike)
      if (place === 'implied' && !toHead) inBody = true
      ;(toHead ? head : body).push(serialize(node))
    }
  }
  visit(document.childNodes, 'implied')
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head.join('')}</head><body${bodyAttributes}>${body.join('')}</body></html>`
}

/**
 * True when the page has the shape linkedom's `head` and `body` getters expect: `<html>` holding
 * `<head>` then `<body>` (or `<body>` alone). Otherwise `document.body` is a new, empty element.
 */
function isComplete(document: Document): boolean {
  const root = document.documentElement as Element | null
  const children = [...(root?.children ?? [])].map((child) => child.localName).join()
  return root?.localName === 'html' && (children === 'head,body' || children === 'body')
}

/** The page's `<base href>` resolved against its URL when it is http(s); otherwise the page URL. */
function baseUrlOf(document: Document, pageUrl: string): string {
  const href = document.querySelector('base[href]')?.getAttribute('href')?.trim()
  if (!href) return pageUrl
  try {
    const base = new URL(href, pageUrl)
    return base.protocol === 'http:' || base.protocol === 'https:' ? base.href : pageUrl
  } catch {
    return pageUrl
  }
}

/**
 * Parses a fetched page with linkedom into a document Readability can work on: always an
 * `<html>` with a `<body>`, and with the page's address as `documentURI` and its base URL as
 * `baseURI`. linkedom has no document URL and answers a `<base href>` unresolved, so
 * Readability (which resolves links, images, srcsets and posters against `baseURI`, after copying
 * lazy-loading `data-src` into `src`) would leave relative URLs relative.
 */
export function parsePage(html: string, pageUrl: string): Document {
  let { document } = parseHTML(html)
  if (!isComplete(document)) document = parseHTML(withImpliedTags(document)).document
  // The HTML standard lowercases names given to createElement in an HTML document; linkedom does
  // not, so Readability's createElement('DIV') would serialize as <DIV>.
  const createElement = document.createElement.bind(document)
  document.createElement = (name: string, options?: ElementCreationOptions) => createElement(name.toLowerCase(), options)
  Object.defineProperties(document, {
    documentURI: { value: pageUrl },
    URL: { value: pageUrl },
    baseURI: { value: baseUrlOf(document, pageUrl) },
  })
  return document
}
