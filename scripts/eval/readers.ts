import type { Random } from '../../src/ml/random'
import type { ReadingSignal } from '../../src/ml/recs/profile'
import type { RecArticle } from '../../src/ml/recs/rec-library'

/** A simulated reader: what they finished (their history) and what they would want (the rest of their labels). */
export interface SimulatedReader {
  labels: string[]
  finished: string[]
  relevant: Set<string>
  signals: ReadingSignal[]
}

const FINISHED = 5
const MIN_LABEL_ARTICLES = 10

function pick<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items]
  const chosen: T[] = []
  while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]!)
  return chosen
}

/**
 * Readers who each like one label (two thirds of them) or two: they finished 5 articles of their
 * labels, an hour apart, ending a day before `now`; every other article with one of their labels
 * is relevant. Labels need 10 articles or more.
 */
export function simulateReaders(articles: readonly RecArticle[], prefix: string, options: { readers: number; random: Random; now: number }): SimulatedReader[] {
  const byLabel = new Map<string, string[]>()
  for (const article of articles) for (const tag of article.tags) if (tag.startsWith(prefix)) byLabel.set(tag, [...(byLabel.get(tag) ?? []), article.id])
  const labels = [...byLabel].filter(([, ids]) => ids.length >= MIN_LABEL_ARTICLES).map(([label]) => label).sort()
  if (!labels.length) return []
  return Array.from({ length: options.readers }, (_, index) => {
    const liked = pick(labels, index % 3 === 2 && labels.length > 1 ? 2 : 1, options.random)
    const pool = [...new Set(liked.flatMap((label) => byLabel.get(label)!))]
    const finished = pick(pool, FINISHED, options.random)
    const signals = finished.map((articleId, order): ReadingSignal => ({ articleId, event: 'finish', at: options.now - 86_400_000 - (FINISHED - order) * 3_600_000 }))
    return { labels: liked, finished, relevant: new Set(pool.filter((id) => !finished.includes(id))), signals }
  })
}
