import { beforeEach, describe, expect, it } from 'vitest'
import { deleteSource } from '@/db/cleanup'
import { getTermCounts, getTextFacets, putTextFeatures } from '@/db/text-features'
import { textFacets, type FacetInput } from '@/ml/recs/facets'
import { transformTexts } from '@/ml/text/vectorize'
import { loadLibrary } from '@/recs/load-library'
import { termCountsOf, tokensOf } from '@/recs/term-counts'
import { ensureTextFeatures } from '@/recs/text-features'
import { resetIndexedDb } from '../db/reset'
import { storeThemes, themedArticles } from '../topics/corpus'
import { transformTfidf } from '@/ml/text/tfidf'
import { fitTopicModel } from '@/ml/topics/topic-model'
import { fitAndSave } from '@/topics/topic-jobs'

type Detected = Pick<FacetInput, 'title' | 'text' | 'wordCount' | 'tags'>

/** The real detectors, counting the articles they were run on. */
function countingDetectors(): { computeFacets: (article: Detected) => ReturnType<typeof textFacets>; titles: string[] } {
  const titles: string[] = []
  const computeFacets = (article: Detected): ReturnType<typeof textFacets> => {
    titles.push(article.text.slice(0, 12))
    return textFacets(article)
  }
  return { titles, computeFacets }
}

describe('the text-feature caches', () => {
  beforeEach(resetIndexedDb)

  it('computes each article’s text facets and term counts once, in batches, and reuses them', async () => {
    await storeThemes({ sea: 5 })
    const sea = themedArticles('sea', 5)
    const first = countingDetectors()
    const computed = await ensureTextFeatures(sea, { computeFacets: first.computeFacets, batchSize: 2 })
    expect(computed.computed).toBe(5)
    expect(first.titles).toHaveLength(5)
    expect(computed.facets.get('sea-3')).toEqual(textFacets(sea[3]!))
    expect(computed.terms.get('sea-3')).toEqual(termCountsOf(`Dispatch\n${sea[3]!.text}`))
    expect((await getTextFacets()).size).toBe(5)
    expect((await getTermCounts()).size).toBe(5)

    await storeThemes({ farm: 2 })
    const again = countingDetectors()
    const reused = await ensureTextFeatures([...sea, ...themedArticles('farm', 2)], { computeFacets: again.computeFacets })
    expect(reused.computed).toBe(2)
    expect(again.titles).toHaveLength(2)
    expect(reused.facets.get('sea-3')).toEqual(computed.facets.get('sea-3'))
    expect(reused.terms.size).toBe(7)
  })

  it('makes term counts again when the model tokenizes otherwise', async () => {
    await storeThemes({ sea: 2 })
    await ensureTextFeatures(themedArticles('sea', 2))
    const unstemmed = await ensureTextFeatures(themedArticles('sea', 2), { termOptions: { locale: 'en', stem: false } })
    expect(unstemmed.computed).toBe(2)
    expect(unstemmed.terms.get('sea-0')?.stem).toBe(false)
  })

  it('computes nothing the second time the library is assembled, and reads no bodies', async () => {
    await storeThemes({ sea: 3, farm: 3 })
    expect((await loadLibrary()).timings.computed).toBe(6)
    const second = await loadLibrary()
    expect(second.timings.computed).toBe(0)
    expect(second.library.articles.every((article) => article.text === '')).toBe(true)
  })

  it('counts terms only once there is a model to weigh them with', async () => {
    await storeThemes({ sea: 6, farm: 6 })
    await loadLibrary()
    expect((await getTermCounts()).size).toBe(0)
    await fitAndSave({ k: 2 })
    const withModel = await loadLibrary()
    expect(withModel.timings.computed).toBe(12)
    expect((await getTermCounts()).size).toBe(12)
    expect(withModel.library.matrix?.rows).toBe(12)
  })

  it('loses the entries of deleted articles, and drops those left behind', async () => {
    await storeThemes({ sea: 3, farm: 3 })
    await loadLibrary()
    await deleteSource('sea')
    expect([...(await getTextFacets()).keys()].sort()).toEqual(['farm-0', 'farm-1', 'farm-2'])
    // An entry saved after its article was deleted (the worker was mid-batch) goes on the next run.
    await putTextFeatures(new Map([['sea-0', []]]), new Map())
    const features = await ensureTextFeatures(themedArticles('farm', 3))
    expect([...(await getTextFacets()).keys()].sort()).toEqual(['farm-0', 'farm-1', 'farm-2'])
    expect([...features.facets.keys()].sort()).toEqual(['farm-0', 'farm-1', 'farm-2'])
  })

  it('gives the TF-IDF rows transformTexts gives, from the counts alone', () => {
    const texts = [...themedArticles('sea', 8), ...themedArticles('law', 8)].map((article) => `${article.title}\n${article.text}`)
    const model = fitTopicModel(texts.map((text, i) => ({ id: String(i), text })), { k: 2, seed: 1 })
    const probe = ['The whales’ harpooners sailed; a sailor’s oars and the Senate’s treaties.', ...texts.slice(0, 3)]
    const expected = transformTexts(probe, model.text)
    const fromCounts = transformTfidf(probe.map((text) => tokensOf(termCountsOf(text))), model.text)
    expect(Array.from(fromCounts.indptr)).toEqual(Array.from(expected.indptr))
    for (let row = 0; row < probe.length; row++) {
      const cells = (m: typeof expected): Map<number, number> => new Map(Array.from(m.indices.subarray(m.indptr[row], m.indptr[row + 1]), (column, p) => [column, m.data[m.indptr[row]! + p]!]))
      const want = cells(expected)
      for (const [column, value] of cells(fromCounts)) expect(value).toBeCloseTo(want.get(column)!, 12)
    }
  })
})
