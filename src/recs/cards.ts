import { facetReason } from '@/ml/recs/reasons'
import type { LoadedLibrary } from './load-library'
import type { RecCard } from './recs-view'

/**
 * Cards for article ids of the library (ids it does not hold are skipped), each with the engine's
 * reason when it gave one, else its strongest facets ("Long read · 1850s", as the engine words them).
 */
export function cardsOf(loaded: LoadedLibrary, ids: readonly string[], reasons: Readonly<Record<string, string>> = {}): RecCard[] {
  const { library, summaries } = loaded
  return ids.flatMap((id) => {
    const row = library.row.get(id)
    const article = row === undefined ? undefined : library.articles[row]
    if (row === undefined || !article) return []
    return [
      {
        id,
        title: article.title,
        sourceTitle: article.sourceTitle,
        author: article.author,
        readingMinutes: article.readingMinutes,
        publishedAt: article.publishedAt,
        summary: summaries.get(id) ?? '',
        reason: reasons[id] || facetReason(library.facets[row] ?? []),
      },
    ]
  })
}
