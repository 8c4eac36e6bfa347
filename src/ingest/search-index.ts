import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import type { ArticleRecord } from '@/db/schema'

/** What the index holds per article: searchable text plus what a result line shows. */
export interface SearchDocument {
  id: string
  title: string
  author: string
  tags: string
  text: string
  summary: string
}

/** Title matches count most, then author and tags, then the body. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'author', 'tags', 'text'],
  storeFields: ['title', 'author', 'summary'],
  searchOptions: {
    boost: { title: 4, author: 2, tags: 1.5 },
    prefix: true,
    fuzzy: (term) => (term.length > 4 ? 0.2 : false), // short words fuzzed match everything
    combineWith: 'AND',
  },
}

export function toSearchDocument(article: Pick<ArticleRecord, 'id' | 'title' | 'author' | 'tags' | 'text' | 'summary'>): SearchDocument {
  return {
    id: article.id,
    title: article.title,
    author: article.author ?? '',
    tags: article.tags.join(' '),
    text: article.text,
    summary: article.summary,
  }
}

/** Restores a saved index (or starts one) and adds or replaces `articles` in it. */
export function updateIndex(savedJson: string | null, articles: readonly ArticleRecord[]): MiniSearch<SearchDocument> {
  const index = savedJson ? MiniSearch.loadJSON(savedJson, SEARCH_OPTIONS) : new MiniSearch(SEARCH_OPTIONS)
  for (const article of articles) {
    const document = toSearchDocument(article)
    if (index.has(document.id)) index.replace(document)
    else index.add(document)
  }
  return index
}

/** Restores a saved index without the articles `ids` (those it holds). */
export async function discardFromIndex(savedJson: string, ids: readonly string[]): Promise<MiniSearch<SearchDocument>> {
  const index = MiniSearch.loadJSON(savedJson, { ...SEARCH_OPTIONS, autoVacuum: false })
  index.discardAll(ids.filter((id) => index.has(id)))
  // Vacuum now, so the saved index does not keep the deleted articles' terms.
  await index.vacuum({ batchWait: 0 })
  return index
}

export interface SearchHit {
  id: string
  title: string
  author: string
  summary: string
  /** Terms of the documents that matched (after prefix and fuzzy expansion), for highlighting. */
  terms: string[]
}

export function toHit(result: SearchResult): SearchHit {
  return {
    id: String(result.id),
    title: String(result.title ?? ''),
    author: String(result.author ?? ''),
    summary: String(result.summary ?? ''),
    terms: result.terms,
  }
}

/** Splits `text` into plain and matched parts, so the page can mark matches without HTML. */
export function highlight(text: string, terms: readonly string[]): Array<{ text: string; match: boolean }> {
  const words = terms.filter((term) => term.length > 0).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (words.length === 0) return [{ text, match: false }]
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  const parts: Array<{ text: string; match: boolean }> = []
  let last = 0
  for (const found of text.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false })
    parts.push({ text: found[0], match: true })
    last = found.index + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
