import type { Random } from '../../src/ml/random'
import type { RecLibrary } from '../../src/ml/recs/rec-library'
import type { SimulatedReader } from './readers'

/** The baselines: random, newest, and TF-IDF cosine nearest neighbours of the reader's history. */
export function baselines(library: RecLibrary, random: Random): Record<string, (reader: SimulatedReader) => string[]> {
  const ids = library.articles.map((article) => article.id)
  const newest = [...library.articles].sort((a, b) => b.publishedAt - a.publishedAt).map((article) => article.id)
  const unseen = (reader: SimulatedReader) => (id: string) => !reader.finished.includes(id)
  return {
    random: (reader) => {
      const pool = ids.filter(unseen(reader))
      return Array.from({ length: Math.min(10, pool.length) }, () => pool.splice(Math.floor(random.next() * pool.length), 1)[0]!)
    },
    newest: (reader) => newest.filter(unseen(reader)).slice(0, 10),
    'tfidf-nn': (reader) => {
      const matrix = library.matrix
      if (!matrix) return []
      // Each candidate's summed cosine to the finished articles (rows are L2-normalized).
      const centroid = new Float64Array(matrix.cols)
      for (const id of reader.finished) {
        const row = library.row.get(id)!
        for (let e = matrix.indptr[row]!; e < matrix.indptr[row + 1]!; e++) centroid[matrix.indices[e]!]! += matrix.data[e]!
      }
      const score = (row: number): number => {
        let sum = 0
        for (let e = matrix.indptr[row]!; e < matrix.indptr[row + 1]!; e++) sum += matrix.data[e]! * centroid[matrix.indices[e]!]!
        return sum
      }
      return ids
        .map((id, row) => ({ id, score: score(row) }))
        .filter(({ id }) => unseen(reader)(id))
        .sort((a, b) => b.score - a.score)
        .slice(0, 10)
        .map(({ id }) => id)
    },
  }
}
