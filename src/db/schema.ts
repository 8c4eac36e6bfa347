import type { DBSchema } from 'idb'
import type { FacetValue } from '@/ml/recs/facets'

export const DB_NAME = 'folio'
/** Bump with a new `if (oldVersion < N)` block in migrations.ts and a test in test/unit/db. */
export const DB_VERSION = 3

export type ArticleId = string
export type SourceId = string

export interface ArticleRecord {
  id: ArticleId
  sourceId: SourceId
  /** Permalink of the original, when there is one. */
  url: string | null
  /** Same-origin document the reader revalidates (StaleWhileRevalidate), e.g. `/articles/x.json`. */
  documentUrl: string | null
  title: string
  author: string | null
  /** Epoch milliseconds; `addedAt` when the source gave no date. */
  publishedAt: number
  addedAt: number
  /** Sanitized HTML; sanitized again before rendering. */
  html: string
  text: string
  wordCount: number
  readingMinutes: number
  language: string | null
  tags: string[]
  summary: string
}

/** The stored part of an article that lists and cards never need. */
export interface ArticleBody {
  id: ArticleId
  html: string
  text: string
}

/** What the `articles` store holds: everything but the body, so listing never reads bodies. */
export type ArticleMeta = Omit<ArticleRecord, 'html' | 'text'>

export type SourceKind = 'sample' | 'feed' | 'saved' | 'import'

export interface SourceRecord {
  id: SourceId
  kind: SourceKind
  title: string
  url: string | null
  addedAt: number
  /** Conditional-request validators from the last fetch. */
  etag: string | null
  lastModified: string | null
  fetchedAt: number | null
  /** How the feed was last reached: directly (same origin or CORS) or through `/api/fetch`. */
  fetchVia?: 'direct' | 'proxy'
  /** Why the last refresh failed, for the person; null after a good one. */
  lastError?: string | null
}

/**
 * `unreact` clears a like or dislike; `unsave` takes an article off the saved-for-later list;
 * `unhide` undoes a `hide` ("Not interested").
 */
export type InteractionEvent = 'open' | 'finish' | 'like' | 'dislike' | 'unreact' | 'hide' | 'unhide' | 'save' | 'unsave'

export interface InteractionRecord {
  id?: number
  articleId: ArticleId
  event: InteractionEvent
  at: number
}

export interface ProgressRecord {
  articleId: ArticleId
  /** Fraction of the text read, in [0, 1]: survives reflow and font changes. */
  fraction: number
  updatedAt: number
  finishedAt: number | null
}

export interface PendingUrlRecord {
  url: string
  title: string | null
  addedAt: number
  attempts: number
  lastError: string | null
}

/** The full-text index (MiniSearch JSON), kept so search starts without rebuilding it. */
export interface SearchIndexRecord {
  key: 'current'
  json: string
  documentCount: number
  updatedAt: number
}

export interface ModelRecord {
  key: 'current'
  fittedAt: number
  /** The topic model, a StoredTopicModel (src/db/model.ts), checked when read: unknown until then. */
  payload: unknown
}

/**
 * An article's text facets (format, tone, level: `textFacets` in src/ml/recs/facets.ts), computed
 * once by the recommendations worker: they cost milliseconds per article and depend only on the
 * stored text. `version` is the detectors' version they were computed with (src/db/text-features.ts).
 */
export interface TextFacetsRecord {
  id: ArticleId
  version: number
  facets: FacetValue[]
}

/**
 * An article's words as the topic model's vocabulary reads them (tokenized, stop words removed,
 * stemmed): each distinct term once, with its count. Tokenizing is the costly part of TF-IDF, and a
 * refit changes the vocabulary, not the words, so the recommendations worker keeps these and
 * weighs them with whatever model is current.
 */
export interface TermCountsRecord {
  id: ArticleId
  /** The tokenizer's version (src/db/text-features.ts), and the options the terms were made with. */
  version: number
  locale: string
  stem: boolean
  terms: string[]
  counts: Uint32Array
}

export interface FolioDB extends DBSchema {
  articles: {
    key: ArticleId
    value: ArticleMeta
    /** by-added is [addedAt, id]: a total order, so neighbours are exact even when times tie. */
    indexes: { 'by-source': SourceId; 'by-published': number; 'by-added': [number, ArticleId]; 'by-tag': string }
  }
  bodies: { key: ArticleId; value: ArticleBody }
  sources: { key: SourceId; value: SourceRecord; indexes: { 'by-url': string } }
  interactions: {
    key: number
    value: InteractionRecord
    indexes: { 'by-article': ArticleId; 'by-at': number }
  }
  progress: { key: ArticleId; value: ProgressRecord; indexes: { 'by-updated': number } }
  pending: { key: string; value: PendingUrlRecord }
  settings: { key: string; value: unknown }
  model: { key: string; value: ModelRecord }
  /** Since version 2. */
  searchIndex: { key: string; value: SearchIndexRecord }
  /** Since version 3; both deleted with their articles, and when an article is stored again. */
  textFacets: { key: ArticleId; value: TextFacetsRecord }
  termCounts: { key: ArticleId; value: TermCountsRecord }
}
