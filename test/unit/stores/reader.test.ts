import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { getArticle, putSourceWithArticles } from '@/db/articles'
import { listInteractionsForArticle } from '@/db/interactions'
import { useReaderStore } from '@/stores/reader'
import { articleV1, sourceV1 } from '../db/fixtures'
import { resetIndexedDb } from '../db/reset'

describe('reader store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
    await putSourceWithArticles(sourceV1(), [articleV1('a', { addedAt: 3 }), articleV1('b', { addedAt: 2 }), articleV1('c', { addedAt: 1 })])
  })

  it('opens an article with its neighbours and records the open', async () => {
    const reader = useReaderStore()
    await reader.open('b')
    expect(reader.article?.title).toBe('Article b')
    expect([reader.previousId, reader.nextId]).toEqual(['a', 'c'])
    expect((await listInteractionsForArticle('b')).map((entry) => entry.event)).toEqual(['open'])
  })

  it('says when an article is not on this device', async () => {
    const reader = useReaderStore()
    await reader.open('nope')
    expect(reader.notFound).toBe(true)
    expect(reader.article).toBeNull()
  })

  it('applies a changed document, stores it, and ignores an identical one', async () => {
    const reader = useReaderStore()
    await reader.open('a')
    const same = { html: '<p>Body of a</p>', text: 'Body of a', title: 'Article a', summary: 'Body of a', wordCount: 3, readingMinutes: 1 }
    await reader.applyDocument(same)
    expect(reader.updated).toBe(false)

    await reader.applyDocument({ ...same, html: '<p>Revised</p>', text: 'Revised' })
    expect(reader.updated).toBe(true)
    expect(reader.article?.html).toBe('<p>Revised</p>')
    expect((await getArticle('a'))?.html).toBe('<p>Revised</p>')
    expect((await getArticle('a'))?.tags).toEqual(['history', 'speech'])
  })

  it('likes, switches to dislike, clears, and saves for later, recording each as an interaction', async () => {
    const reader = useReaderStore()
    await reader.open('a')
    await reader.react('like')
    expect(reader.flags).toEqual({ reaction: 'like', saved: false })
    await reader.react('dislike')
    await reader.react('dislike')
    await reader.toggleSaved()
    expect(reader.flags).toEqual({ reaction: null, saved: true })
    expect((await listInteractionsForArticle('a')).map((entry) => entry.event)).toEqual(['open', 'like', 'dislike', 'unreact', 'save'])

    setActivePinia(createPinia())
    const again = useReaderStore()
    await again.open('a')
    expect(again.flags).toEqual({ reaction: null, saved: true })
  })
})
