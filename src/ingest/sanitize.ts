import createDOMPurify, { type DOMPurify } from 'dompurify'

/** Tags an article never needs and that can run code, submit data, or pull in remote styles. */
const FORBIDDEN_TAGS = ['script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript', 'svg', 'math']
/** Inline styles can fetch (url(), @import) and hide content; the reader styles articles itself. */
const FORBIDDEN_ATTRS = ['style', 'srcdoc', 'formaction', 'action', 'background', 'ping']
/** http(s), mailto and relative URLs only: no javascript:, data:, vbscript: or others. */
const SAFE_URL = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i

const URL_ATTRIBUTES = new Set(['src', 'href', 'srcset', 'poster', 'xlink:href', 'action', 'cite', 'longdesc'])

let purifier: DOMPurify | null = null

function getPurifier(): DOMPurify {
  if (purifier) return purifier
  const instance = createDOMPurify(window)
  // DOMPurify lets data: URIs through on media elements without consulting ALLOWED_URI_REGEXP.
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (URL_ATTRIBUTES.has(data.attrName) && /^data:/i.test(data.attrValue.replace(/[\s\u0000-\u0020]/g, ''))) {
      data.keepAttr = false
    }
  })
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy')
      node.setAttribute('decoding', 'async')
      node.setAttribute('referrerpolicy', 'no-referrer')
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    }
  })
  purifier = instance
  return instance
}

/**
 * Returns article HTML that cannot run script, submit, frame or restyle anything. Its images
 * still load from their sites (they are the article's content), without a referrer. Used at
 * ingest, before the HTML is stored, and again in the reader before it is rendered.
 */
export function sanitizeArticleHtml(html: string): string {
  return getPurifier().sanitize(html, {
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRS,
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: true,
    USE_PROFILES: { html: true },
  })
}
