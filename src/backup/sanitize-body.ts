import type { ReadableParts } from '@/ingest/article-from-item'
import { sanitizeToParts } from '@/ingest/readable-parts'

const parse = (html: string): Node => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body

/**
 * A backup's body through the importer's sanitizer. When the sanitized HTML parses to the same
 * DOM as the original (a body Folio itself stored), the original string is kept: sanitizing again
 * reorders some attributes (it drops and re-adds a link's `target`), and a restore should not
 * change what was already safe. `isEqualNode` compares elements, attributes (in any order) and text.
 */
export function sanitizeBackupBody(html: string, text: string | null): ReadableParts {
  const parts = sanitizeToParts(html, text)
  return parts.html !== html && parse(parts.html).isEqualNode(parse(html)) ? { ...parts, html } : parts
}
