import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@/db'
import { putArticles, putSourceWithArticles } from '@/db/articles'
import { deleteFinishedBefore, deleteSource } from '@/db/cleanup'
import { saveProgress } from '@/db/progress'
import { getTermCounts, getTextFacets, putTextFeatures, TEXT_FACETS_VERSION, type TermCounts } from '@/db/text-features'
import type { FacetValue } from '@/ml/recs/facets'
import { articleV1, sourceV1 } from './fixtures'
import { resetIndexedDb } from './reset'

const SOMBER: FacetValue[] = [{ kind: 'tone', value: 'tone:somber', label: 'somber', relevance: 1 }]
const TERMS: TermCounts = { locale: 'en', stem: true, terms: ['whale', 'ship'], counts: Uint32Array.of(2, 1) }
const DAY = 86_400_000
const ids = async (): Promise<{ facets: string[]; terms: string[] }> => ({ facets: [...(await getTextFacets()).keys()].sort(), terms: [...(await getTermCounts()).keys()].sort() })

describe('cached text features (text facets and term counts)', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    await putSourceWithArticles(sourceV1(), [articleV1('a1'), articleV1('a2')])
    await putSourceWithArticles(sourceV1({ id: 'src-2', url: 'https://example.net/feed' }), [articleV1('b1', { sourceId: 'src-2' })])
    const all = ['a1', 'a2', 'b1']
    await putTextFeatures(new Map(all.map((id) => [id, SOMBER])), new Map(all.map((id) => [id, TERMS])))
  })

  it('reads back entries of the current versions only, typed arrays intact', async () => {
    await (await getDb()).put('textFacets', { id: 'old', version: TEXT_FACETS_VERSION - 1, facets: SOMBER })
    expect(await ids()).toEqual({ facets: ['a1', 'a2', 'b1'], terms: ['a1', 'a2', 'b1'] })
    expect((await getTextFacets()).get('a1')).toEqual(SOMBER)
    expect((await getTermCounts()).get('a1')?.counts).toEqual(Uint32Array.of(2, 1))
  })

  it('are deleted with a deleted source’s articles', async () => {
    await deleteSource('src-1')
    expect(await ids()).toEqual({ facets: ['b1'], terms: ['b1'] })
  })

  it('are deleted with finished articles cleaned up', async () => {
    await saveProgress('a2', 1, 10 * DAY)
    await deleteFinishedBefore(1, new Set(), 20 * DAY)
    expect(await ids()).toEqual({ facets: ['a1', 'b1'], terms: ['a1', 'b1'] })
  })

  it('are dropped when an article is stored again, its text possibly changed', async () => {
    await putArticles([articleV1('a1', { text: 'A newer copy of the text' })])
    expect(await ids()).toEqual({ facets: ['a2', 'b1'], terms: ['a2', 'b1'] })
    await putSourceWithArticles(sourceV1(), [articleV1('a2')])
    expect(await ids()).toEqual({ facets: ['b1'], terms: ['b1'] })
  })
})
