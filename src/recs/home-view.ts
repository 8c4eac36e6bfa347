import { recommend } from '@/ml/recs/recommend'
import { cardsOf } from './cards'
import type { LoadedLibrary } from './load-library'
import type { ReaderContext } from './reader-context'
import type { HomeRow, HomeView } from './recs-view'

/** Cards per row: a phone shows two or three at once, a swipe shows the rest. */
export const HOME_ROW_LENGTH = 10
/** Micro-genre rows at most: the home screen wants 4–8 rows in all. */
export const HOME_GENRE_ROWS = 6

/** The home screen for one reader: the engine's rows as cards with reasons, genre rows flagged when followed. */
export function homeView(loaded: LoadedLibrary, context: ReaderContext): HomeView {
  const { library } = loaded
  const recommendations = recommend(library, context.signals, { limit: HOME_ROW_LENGTH, halfLifeDays: context.halfLifeDays, genreRows: HOME_GENRE_ROWS, taste: context.taste })
  const rows = recommendations.rows.map(
    (row): HomeRow => ({
      title: row.title,
      slug: row.slug,
      reason: row.reason,
      kind: row.kind,
      followed: row.kind === 'genre' && context.followedGenres.has(row.slug),
      cards: cardsOf(loaded, row.items, recommendations.reasons),
    }),
  )
  return {
    stage: recommendations.stage,
    // An empty row (For you in an empty library) is nothing to show.
    rows: rows.filter((row) => row.cards.length > 0),
    articleCount: library.articles.length,
    hasModel: library.model !== null,
  }
}
