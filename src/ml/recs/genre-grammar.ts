import type { FacetValue } from './facets'

/**
 * The parts of a micro-genre name, by role. Ids where the grammar has its own words (length,
 * format, era), labels where the words come from the library (topic, tag, source, author).
 */
export interface GenreParts {
  /** Tone id: 'somber', 'balanced', 'upbeat'. */
  tone?: string
  /** Level id: 'easy', 'challenging'. */
  level?: string
  /** Length bucket id: 'quick', 'short', 'long', 'epic'. */
  length?: string
  /** Format id: 'speech', 'how-to', 'qa', … */
  format?: string
  /** Topic label, its top words joined by ' · ' ('whale · ship · sea') or a name. */
  topic?: string
  /** Tag label ('civil war', or 'George Washington' for 'president:George Washington'). */
  tag?: string
  /** Era id: 'this-week', a decade ('1860s') or a century ('19th-century'). */
  era?: string
  /** Source title. */
  source?: string
  /** Author name. */
  author?: string
}

/** Plural nouns for formats; "reads" when there is no format. */
const FORMAT_NOUNS: Record<string, string> = {
  'how-to': 'how-tos',
  list: 'lists',
  qa: 'Q&As',
  essay: 'essays',
  speech: 'speeches',
  news: 'news stories',
}
const DEFAULT_NOUN = 'reads'
/** Separator of a topic's top words in its label. */
const TOPIC_WORD_SEPARATOR = ' · '

/** The parts named by facet values ('tone:somber', 'author:Herman Melville', …) and a topic label. */
export function genreParts(facets: readonly Pick<FacetValue, 'value' | 'label'>[], topicLabel: string | null = null): GenreParts {
  const parts: GenreParts = {}
  if (topicLabel) parts.topic = topicLabel
  for (const { value, label } of facets) {
    const colon = value.indexOf(':')
    const prefix = value.slice(0, colon)
    const id = value.slice(colon + 1)
    if (prefix === 'tone' || prefix === 'level' || prefix === 'length' || prefix === 'format' || prefix === 'era') parts[prefix] = id
    else if (prefix === 'source' || prefix === 'author' || prefix === 'tag') parts[prefix] = label
  }
  return parts
}

/**
 * A Netflix-style name: "[tone] [level] [length] <noun> [about <topic>] [about|tagged <tag>]
 * [by <author>] [from <source>] [<era>]", e.g. "Somber long reads about war and union from the
 * 1860s". The era is "from the 1860s" alone, but "in the 1860s" after a source ("Speeches from
 * Lincoln's Papers in the 1860s"): two "from"s would read as a list. A tag is "about <tag>" unless
 * a topic already took "about". Only the first letter is capitalized.
 */
export function genreName(parts: GenreParts): string {
  const clean = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()
  const noAbout = (text: string | undefined): string => clean(text).replace(/^about\s+/i, '')
  const topic = topicPhrase(noAbout(parts.topic))
  const tag = noAbout(parts.tag)
  const source = clean(parts.source)
  const author = clean(parts.author)
  const format = clean(parts.format)
  const words = [
    clean(parts.tone),
    clean(parts.level),
    clean(parts.length),
    format ? (FORMAT_NOUNS[format] ?? format) : DEFAULT_NOUN,
    topic && `about ${topic}`,
    tag && `${topic ? 'tagged' : 'about'} ${tag}`,
    author && `by ${author}`,
    source && `from ${source}`,
    eraPhrase(clean(parts.era), Boolean(source)),
  ]
  const name = words.filter((word) => word !== '').join(' ')
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** "whale · ship · sea" → "whale, ship and sea"; a label without separators is kept as it is. */
export function topicPhrase(label: string): string {
  const words = label.split(TOPIC_WORD_SEPARATOR).map((word) => word.trim()).filter((word) => word !== '')
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`
}

/** "from this week", "from the 1860s", "from the 19th century"; "this week", "in the …" after a source. Empty for an unknown era. */
function eraPhrase(era: string, afterSource: boolean): string {
  let when: string
  if (era === 'this-week') return afterSource ? 'this week' : 'from this week'
  else if (/^\d+s$/.test(era)) when = `the ${era}`
  else if (/^\d+(st|nd|rd|th)-century$/.test(era)) when = `the ${era.replace('-', ' ')}`
  else return ''
  return `${afterSource ? 'in' : 'from'} ${when}`
}

/** Ids that facets.ts can produce for the kinds whose slug words drop their kind; anything else is hashed. */
const SLUG_VOCABULARY: Record<string, RegExp> = {
  length: /^(quick|short|long|epic)$/,
  tone: /^(upbeat|balanced|somber)$/,
  level: /^(easy|challenging)$/,
  format: /^(how-to|list|qa|essay|speech|news)$/,
  era: /^(this-week|\d+0s|\d+(st|nd|rd|th)-century)$/,
  topic: /^\d+$/,
  'topic-key': /^\d+$/,
}

/**
 * A stable, URL-safe slug of a set of facet values (topic as 'topic:<id>'), from the values sorted:
 * ['length:long', 'era:1860s', 'topic:3'] → '1860s-long-topic-3'. Vocabulary words (length, tone,
 * level, format, era) drop their kind: their words differ across kinds, so those slugs are unique.
 * Free text (source ids, authors, tags, anything unknown) is lossy once slugified ('C++' and 'C'
 * both give 'c', and words may run together), so such slugs end in an 8-digit FNV-1a hash of the
 * exact sorted values: unique but for a 32-bit collision, which generateGenres resolves.
 */
export function genreSlug(facets: readonly string[]): string {
  const sorted = [...new Set(facets)].sort()
  let exact = true
  const words = sorted.map((value) => {
    const colon = value.indexOf(':')
    const kind = colon < 0 ? '' : value.slice(0, colon)
    const id = value.slice(colon + 1)
    // A topic by position ('topic:3', the CLI) or by stable key ('topic-key:3', the app): 'topic-3' either way.
    if (SLUG_VOCABULARY[kind]?.test(id)) return kind === 'topic' || kind === 'topic-key' ? `topic-${id}` : id
    exact = false
    const word = slugify(id)
    const prefix = kind === 'author' ? 'by' : slugify(kind)
    return [prefix, word].filter((part) => part !== '').join('-')
  })
  const slug = words.filter((word) => word !== '').join('-')
  return exact ? slug : [slug, fnv1a(sorted.join('\n'))].filter((part) => part !== '').join('-')
}

/** Lower-case ASCII letters and digits separated by single dashes; accents dropped. */
function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}
