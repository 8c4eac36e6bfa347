/**
 * Recommendation benchmark: a 10,000-article library (State of the Union text in 180-word
 * passages), the topic model and facets computed once, the first call (which also generates the
 * library's micro-genres, cached with the model) timed apart, then the home rows recomputed after
 * each of eight interactions. Issue 5's target: ≤ 50 ms per recomputation once the model is loaded.
 *   npm run bench:recs
 */
import { buildRecLibrary, type RecArticle } from '../../src/ml/recs/rec-library'
import type { ReadingSignal } from '../../src/ml/recs/profile'
import { recommend } from '../../src/ml/recs/recommend'
import { sotuPassages } from './corpora'

const ARTICLES = 10_000
const TARGET_MS = 50
const passages = sotuPassages(180).slice(0, ARTICLES)
const start = Date.UTC(1790, 0, 1)
const articles: RecArticle[] = passages.map((text, index) => {
  const wordCount = text.split(' ').length
  return { id: `p${index}`, title: text.split(' ').slice(0, 6).join(' '), text, wordCount, readingMinutes: Math.max(1, Math.round(wordCount / 238)), publishedAt: start + index * 7 * 86_400_000, sourceId: 'sotu', sourceTitle: 'State of the Union', author: null, tags: [] }
})
const now = articles.at(-1)!.publishedAt + 86_400_000
let started = performance.now()
const library = buildRecLibrary(articles, { now })
const buildSeconds = (performance.now() - started) / 1000
// The first call also generates the library's micro-genres, once per model (cached with it).
started = performance.now()
recommend(library, [])
const firstMs = performance.now() - started
const signals: ReadingSignal[] = []
const times: number[] = []
for (let step = 0; step < 8; step++) {
  signals.push({ articleId: `p${(step * 1237) % ARTICLES}`, event: step % 3 === 0 ? 'like' : 'finish', at: now - (8 - step) * 3_600_000 })
  started = performance.now()
  const { rows } = recommend(library, signals)
  times.push(performance.now() - started)
  if (rows.length === 0) throw new Error('no rows')
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]!
const figures = { articles: library.articles.length, topics: library.model?.k ?? 0, buildSeconds: Number(buildSeconds.toFixed(1)), firstCallWithGenresMs: Math.round(firstMs), recomputeMedianMs: Math.round(median), recomputeMaxMs: Math.round(times.at(-1)!), targetMs: TARGET_MS }
console.log(JSON.stringify(figures))
console.log(`recompute after an interaction: median ${figures.recomputeMedianMs} ms, worst ${figures.recomputeMaxMs} ms; target ≤ ${TARGET_MS} ms ${median <= TARGET_MS ? 'met' : 'NOT met'}`)
