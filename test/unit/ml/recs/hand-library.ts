import type { FacetKind, FacetValue } from '@/ml/recs/facets'
import type { RecLibrary } from '@/ml/recs/rec-library'
import { csrFromDense } from '@/ml/sparse/csr'
import type { TextModel } from '@/ml/text/vectorize'
import type { TopicModel } from '@/ml/topics/topic-model'

export const NOW = Date.UTC(2026, 10, 26)

/** An article of a hand-built library: topic proportions, facet values and a word vector, all optional. */
export interface HandArticle {
  id: string
  title?: string
  /** Topic proportions (normalized here); omitted for every article: no model. */
  topics?: number[]
  /** Facet values, relevance 1 unless given with one: ['length:long', ['tone:somber', 0.6]]. */
  facets?: (string | [string, number])[]
  /** A TF-IDF-like row (L2-normalized here); omitted for every article: no matrix. */
  words?: number[]
  publishedAt?: number
  readingMinutes?: number
}

const LABELS: Partial<Record<string, (id: string) => string>> = {
  length: (id) => `${id} reads`,
  era: (id) => `from the ${id}`,
  format: (id) => ({ speech: 'speeches', essay: 'essays' })[id] ?? id,
}

/** A facet value as facets.ts would make it: 'author:' is of kind 'source'; labels as the grammar expects. */
export function facet(value: string, relevance = 1): FacetValue {
  const prefix = value.slice(0, value.indexOf(':'))
  const id = value.slice(prefix.length + 1)
  const kind = (prefix === 'author' ? 'source' : prefix) as FacetKind
  return { kind, value, label: LABELS[prefix]?.(id) ?? id, relevance }
}

/**
 * A RecLibrary built by hand, without fitting anything: a tiny TopicModel from the articles'
 * topic proportions (topic t labelled by `topicWords[t]`), an L2-normalized matrix from their
 * word vectors, and their facets as given.
 */
export function handLibrary(articles: readonly HandArticle[], topicWords: string[][] = []): RecLibrary {
  const k = topicWords.length
  const weights = new Float64Array(articles.length * k)
  articles.forEach((article, row) => {
    const sum = (article.topics ?? []).reduce((a, b) => a + b, 0)
    for (let t = 0; t < k; t++) weights[row * k + t] = sum > 0 ? article.topics![t]! / sum : 0
  })
  const strongest = articles.map((_, row) => {
    const topics = weights.subarray(row * k, (row + 1) * k)
    const top = Math.max(0, ...topics)
    return top > 0 ? topics.indexOf(top) : -1
  })
  const model: TopicModel | null = k === 0 ? null : {
    version: 1,
    k,
    text: null as unknown as TextModel, // not read by the recommender
    h: new Float64Array(0),
    topics: topicWords.map((terms, id) => ({ id, label: terms.slice(0, 3).join(' · '), terms, termWeights: terms.map(() => 1), stems: terms, coherence: 0, size: strongest.filter((t) => t === id).length })),
    diversity: 1,
    relativeError: 0,
    iterations: 1,
    engine: 'js',
    documentIds: articles.map((article) => article.id),
    weights,
    fittedAt: NOW,
  }
  const cols = Math.max(0, ...articles.map((article) => article.words?.length ?? 0))
  const dense = new Float64Array(articles.length * cols)
  articles.forEach((article, row) => {
    const norm = Math.hypot(...(article.words ?? []))
    article.words?.forEach((value, col) => {
      dense[row * cols + col] = norm > 0 ? value / norm : 0
    })
  })
  return {
    articles: articles.map((article, row) => ({ id: article.id, title: article.title ?? article.id, text: '', wordCount: 0, readingMinutes: article.readingMinutes ?? 0, publishedAt: article.publishedAt ?? NOW - (row + 30) * 86_400_000, sourceId: 'feed', sourceTitle: 'Feed', author: null, tags: [] })),
    row: new Map(articles.map((article, row) => [article.id, row])),
    model,
    matrix: cols > 0 ? csrFromDense(articles.length, cols, dense) : null,
    facets: articles.map((article) => (article.facets ?? []).map((value) => (typeof value === 'string' ? facet(value) : facet(...value)))),
    now: NOW,
  }
}

export const THEMES = ['sea', 'law', 'farm'] as const
export const THEME_WORDS = [['whale', 'ship', 'sea', 'harpoon', 'captain'], ['congress', 'law', 'court', 'tariff', 'senate'], ['wheat', 'farm', 'barn', 'cattle', 'harvest']]

/**
 * Three topics (sea, law, farm) of `perTheme` articles each, `${theme}-${i}`: mostly about their
 * topic (0.6 + 0.04·i), words only of their theme, odd ones long reads and even ones short, eras
 * 1850s/1860s/1870s by i mod 3, tagged with the theme; law-0 and farm-3 are also speeches.
 */
export function themedLibrary(perTheme = 8): RecLibrary {
  return handLibrary(
    THEMES.flatMap((theme, t) =>
      Array.from({ length: perTheme }, (_, i): HandArticle => {
        const main = 0.6 + 0.04 * i
        const words = Array.from({ length: 9 }, (_, col) => (Math.floor(col / 3) === t ? 1 + ((col + i) % 3) : 0))
        const speech = (theme === 'law' && i === 0) || (theme === 'farm' && i === 3)
        return {
          id: `${theme}-${i}`,
          title: `${theme} ${i}`,
          topics: [0, 1, 2].map((other) => (other === t ? main : (1 - main) / 2)),
          words,
          facets: [`length:${i % 2 ? 'long' : 'short'}`, `era:${1850 + 10 * (i % 3)}s`, `tag:${theme}`, ...(speech ? ['format:speech'] : [])],
          publishedAt: NOW - (t * perTheme + i + 1) * 86_400_000,
        }
      }),
    ),
    THEME_WORDS,
  )
}

export const themeOf = (id: string): string => id.split('-')[0]!
