import type { ArticleSummary } from '@/db/articles'
import type { ArticleFlags } from '@/db/interactions'
import type { ProgressRecord } from '@/db/schema'

export type StatusFilter = 'all' | 'unread' | 'saved' | 'finished'
export type LibrarySort = 'newest' | 'oldest' | 'shortest'

export interface LibraryQuery {
  status: StatusFilter
  sourceId: string | null
  tag: string | null
  sort: LibrarySort
}

export const DEFAULT_QUERY: Readonly<LibraryQuery> = Object.freeze({ status: 'all', sourceId: null, tag: null, sort: 'newest' })

/** What the library knows about each article beyond its summary. */
export interface ReadingState {
  progress: Map<string, ProgressRecord>
  flags: Map<string, ArticleFlags>
}

/** Unread: never opened far (under 5% read) and not finished. */
const UNREAD_BELOW = 0.05

function matchesStatus(article: ArticleSummary, status: StatusFilter, state: ReadingState): boolean {
  const progress = state.progress.get(article.id)
  switch (status) {
    case 'all':
      return true
    case 'finished':
      return progress?.finishedAt != null
    case 'unread':
      return !progress || (progress.finishedAt === null && progress.fraction < UNREAD_BELOW)
    case 'saved':
      return state.flags.get(article.id)?.saved === true
  }
}

const comparators: Record<LibrarySort, (a: ArticleSummary, b: ArticleSummary) => number> = {
  newest: (a, b) => b.publishedAt - a.publishedAt || b.addedAt - a.addedAt,
  oldest: (a, b) => a.publishedAt - b.publishedAt || a.addedAt - b.addedAt,
  shortest: (a, b) => a.wordCount - b.wordCount || b.publishedAt - a.publishedAt,
}

/** The articles a library query shows, in its order. */
export function viewLibrary(articles: readonly ArticleSummary[], query: LibraryQuery, state: ReadingState): ArticleSummary[] {
  return articles
    .filter(
      (article) =>
        matchesStatus(article, query.status, state) &&
        (query.sourceId === null || article.sourceId === query.sourceId) &&
        (query.tag === null || article.tags.includes(query.tag)),
    )
    .sort(comparators[query.sort])
}

/** Every tag with its article count, most used first: the tag filter's choices. */
export function tagCounts(articles: readonly ArticleSummary[]): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>()
  for (const article of articles) for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}
