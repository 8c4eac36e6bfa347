/**
 * Recommendation benchmark: a 10,000-article library (State of the Union text in 180-word
 * passages), the topic model and facets computed once, the first call (which also generates the
 * library's micro-genres, cached with the model) timed apart, then the home rows recomputed after
 * each of eight interactions, without and then with a stated taste (trainer thumbs, onboarding picks,
 * followed and hidden genres). Issue 5's target: ≤ 50 ms per recomputation once the model is loaded.
 *   npm run bench:recs
 */
import { buildRecLibrary, type RecArticle } from '../../src/ml/recs/rec-library'
import type { ReadingSignal } from '../../src/ml/recs/profile'
import { genresOf, recommend, type RecommendOptions } from '../../src/ml/recs/recommend'
import type { Taste } from '../../src/ml/recs/taste'
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
const genres = genresOf(library)
const taste: Taste = {
  thumbs: new Map([['topic:3', 1], ['era:1850s', -1], ['length:quick', 1]]),
  interests: ['topic:0', 'topic:5', 'length:short'],
  followedGenres: genres.slice(-2).map((genre) => genre.slug),
  hiddenGenres: genres.slice(0, 1).map((genre) => genre.slug),
}

/** Median and worst time of recomputing the rows after each of eight interactions. */
function recomputeTimes(options: RecommendOptions): { median: number; worst: number } {
  const signals: ReadingSignal[] = []
  const times: number[] = []
  for (let step = 0; step < 8; step++) {
    signals.push({ articleId: `p${(step * 1237) % ARTICLES}`, event: step % 3 === 0 ? 'like' : 'finish', at: now - (8 - step) * 3_600_000 })
    const callStarted = performance.now()
    const { rows } = recommend(library, signals, options)
    times.push(performance.now() - callStarted)
    if (rows.length === 0) throw new Error('no rows')
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]!, worst: times.at(-1)! }
}

const plain = recomputeTimes({})
const stated = recomputeTimes({ taste })
const figures = {
  articles: library.articles.length,
  topics: library.model?.k ?? 0,
  buildSeconds: Number(buildSeconds.toFixed(1)),
  firstCallWithGenresMs: Math.round(firstMs),
  recomputeMedianMs: Math.round(plain.median),
  recomputeMaxMs: Math.round(plain.worst),
  withTasteMedianMs: Math.round(stated.median),
  withTasteMaxMs: Math.round(stated.worst),
  targetMs: TARGET_MS,
}
console.log(JSON.stringify(figures))
const met = Math.max(plain.median, stated.median) <= TARGET_MS
console.log(`recompute after an interaction: median ${figures.recomputeMedianMs} ms (worst ${figures.recomputeMaxMs} ms), with a stated taste ${figures.withTasteMedianMs} ms (worst ${figures.withTasteMaxMs} ms); target ≤ ${TARGET_MS} ms ${met ? 'met' : 'NOT met'}`)
