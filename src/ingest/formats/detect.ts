/** What an imported file (or a downloaded resource) holds. */
export type FileKind = 'json-feed' | 'feed' | 'opml' | 'html' | 'markdown' | 'text'

const BY_EXTENSION: Record<string, FileKind> = {
  json: 'json-feed',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  opml: 'opml',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
}

const BY_MIME: Array<[RegExp, FileKind]> = [
  [/^application\/(feed\+)?json/, 'json-feed'],
  [/^(text|application)\/x?-?opml/, 'opml'],
  [/^application\/(rss|atom|rdf)\+xml|^(application|text)\/xml/, 'feed'],
  [/^(text\/html|application\/xhtml\+xml)/, 'html'],
  [/^text\/(x-)?markdown/, 'markdown'],
  [/^text\/plain/, 'text'],
]

/** Sniffs the first characters; null when they say nothing certain. */
function sniff(head: string): FileKind | null {
  const start = head.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start) ? 'json-feed' : null
  // Past the XML prolog, comments, processing instructions and doctype: the root element decides.
  const root = start.replace(/^(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, '').match(/^<(!doctype\s+html|[\w:-]+)/i)?.[1]?.toLowerCase()
  if (!root) return null
  if (root === 'opml') return 'opml'
  if (root === 'rss' || root === 'rdf:rdf' || root === 'feed' || root === 'rdf') return 'feed'
  if (root.startsWith('!doctype') || root === 'html') return 'html'
  return null
}

/**
 * Decides what a file is: content first (files are often misnamed), then the extension, then the
 * MIME type the browser guessed. Null for a format Folio does not read.
 */
export function detectFileKind(name: string, mime: string, head: string): FileKind | null {
  const sniffed = sniff(head)
  if (sniffed) return sniffed
  // Binary files (images, archives) have NUL or other control bytes early on.
   
  if (/[\u0000-\u0008\u000e-\u001a]/.test(head.slice(0, 512))) return null
  const extension = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  const byExtension = extension ? BY_EXTENSION[extension] : undefined
  if (byExtension) return byExtension
  return BY_MIME.find(([pattern]) => pattern.test(mime.toLowerCase()))?.[1] ?? null
}
