import { beforeEach, describe, expect, it } from 'vitest'
import { deleteSource } from '@/db/cleanup'
import { getTopicModel } from '@/db/model'
import type { RecArticle } from '@/ml/recs/rec-library'
import { transformTexts } from '@/ml/text/vectorize'
import type { TopicModel } from '@/ml/topics/topic-model'
import { assembleRecLibrary } from '@/recs/assemble-library'
import { loadLibrary } from '@/recs/load-library'
import { fitAndSave } from '@/topics/topic-jobs'
import { resetIndexedDb } from '../db/reset'
import { storeThemes, themedArticles, type Theme } from '../topics/corpus'

const NOW = Date.UTC(2024, 0, 1)

function recArticles(theme: Theme, count: number, from = 0): RecArticle[] {
  return themedArticles(theme, count, from).map(({ id, title, text, wordCount, readingMinutes, publishedAt, sourceId, author, tags }) => ({ id, title, text, wordCount, readingMinutes, publishedAt, sourceId, sourceTitle: sourceId, author, tags }))
}

async function fittedModel(): Promise<TopicModel> {
  await storeThemes({ sea: 12, law: 12, farm: 12 })
  const outcome = await fitAndSave({ k: 3 })
  if (!outcome.ok) throw new Error(outcome.message)
  return (await getTopicModel())!.model
}

/** The stored model's weights of one article, or zeros when it does not place it. */
function storedRow(model: TopicModel, id: string): number[] {
  const row = model.documentIds.indexOf(id)
  return row < 0 ? new Array<number>(model.k).fill(0) : Array.from(model.weights.subarray(row * model.k, (row + 1) * model.k))
}

function rowNorm(library: ReturnType<typeof assembleRecLibrary>, row: number): number {
  const { indptr, data } = library.matrix!
  let sum = 0
  for (let p = indptr[row]!; p < indptr[row + 1]!; p++) sum += data[p]! ** 2
  return Math.sqrt(sum)
}

describe('assembling the recommender’s library from stored data', () => {
  beforeEach(resetIndexedDb)

  it('aligns the model’s weights with the articles when their order differs, some were deleted and some added', async () => {
    const model = await fittedModel()
    // The articles as another order gives them, without law-0…law-3 (deleted), with farm-100… (not folded in).
    const articles = [...recArticles('farm', 2, 100), ...recArticles('law', 12).slice(4), ...recArticles('sea', 12), ...recArticles('farm', 12)].reverse()
    const library = assembleRecLibrary({ articles, textFacets: new Map(), model, now: NOW })

    expect(library.articles).toHaveLength(34)
    expect(library.model!.documentIds).toEqual(library.articles.map((article) => article.id))
    expect(library.model!.weights).toHaveLength(34 * 3)
    // Placed articles first, in the model's order; the new ones last.
    expect(library.articles.slice(0, 32).map((article) => article.id)).toEqual(model.documentIds.filter((id) => !/^law-[0-3]$/.test(id)))
    expect(new Set(library.articles.slice(32).map((article) => article.id))).toEqual(new Set(['farm-100', 'farm-101']))
    library.articles.forEach((article, row) => {
      expect(library.row.get(article.id)).toBe(row)
      expect(Array.from(library.model!.weights.subarray(row * 3, row * 3 + 3))).toEqual(storedRow(model, article.id))
    })
    expect(library.model!.topics.map((topic) => topic.size).sort((a, b) => a - b)).toEqual([8, 12, 12])
  })

  it('gives each article its own L2-normalized TF-IDF row in the model’s vocabulary', async () => {
    const model = await fittedModel()
    const articles = [...recArticles('sea', 12), ...recArticles('farm', 12), ...recArticles('law', 12)].reverse()
    const library = assembleRecLibrary({ articles, textFacets: new Map(), model, now: NOW })
    expect(library.matrix!.rows).toBe(36)
    expect(library.matrix!.cols).toBe(model.text.vocabulary.length)
    for (const row of [0, 17, 35]) {
      expect(rowNorm(library, row)).toBeCloseTo(1, 12)
      const article = library.articles[row]!
      const alone = transformTexts([`${article.title}\n${article.text}`], model.text)
      const { indptr, indices } = library.matrix!
      expect(Array.from(indices.subarray(indptr[row], indptr[row + 1]))).toEqual(Array.from(alone.indices))
    }
  })

  it('puts metadata facets first, then the cached text facets', () => {
    const articles = recArticles('sea', 3)
    const somber = { kind: 'tone' as const, value: 'tone:somber', label: 'somber', relevance: 1 }
    const library = assembleRecLibrary({ articles, textFacets: new Map([['sea-1', [somber]]]), model: null, now: NOW })
    expect(library.facets[1]!.at(-1)).toEqual(somber)
    expect(library.facets[1]!.map((facet) => facet.value)).toContain('source:sea')
    expect(library.facets[0]!.some((facet) => facet.kind === 'tone')).toBe(false)
  })

  it('has no model or matrix below 12 articles, even with a stored model', async () => {
    const model = await fittedModel()
    const library = assembleRecLibrary({ articles: recArticles('sea', 11), textFacets: new Map(), model, now: NOW })
    expect(library.model).toBeNull()
    expect(library.matrix).toBeNull()
    expect(library.articles).toHaveLength(11)
  })

  it('assembles from IndexedDB: articles still stored, the model aligned, source titles and cached text facets', async () => {
    await fittedModel()
    await deleteSource('law')
    await storeThemes({ farm: 2 }, 100)
    const { library, keys, summaries } = await loadLibrary(NOW)
    expect(library.articles).toHaveLength(26)
    expect(library.articles.some((article) => article.sourceId === 'law')).toBe(false)
    expect(library.articles.at(-1)!.sourceTitle).toBe('The farm gazette')
    expect(keys).toEqual([0, 1, 2])
    expect(library.topicKeys).toEqual(keys) // genre slugs name topics by these
    expect(summaries.get('sea-0')).toBe('Body of sea-0')
    const stored = (await getTopicModel())!.model
    library.articles.forEach((article, row) => expect(Array.from(library.model!.weights.subarray(row * 3, row * 3 + 3))).toEqual(storedRow(stored, article.id)))
    expect(library.facets.every((facets) => facets.some((facet) => facet.kind === 'tone'))).toBe(true)
  })
})
