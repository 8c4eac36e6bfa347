import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '@/db/articles'
import { DEFAULT_QUERY, tagCounts, viewLibrary, type ReadingState } from '@/stores/library-view'
import { articleV1 } from '../db/fixtures'

const summary = (id: string, publishedAt: number, wordCount: number, extra: Partial<ArticleSummary> = {}): ArticleSummary => {
  const { html: _html, text: _text, ...meta } = articleV1(id, { publishedAt, wordCount, ...extra })
  return meta
}

const articles = [
  summary('old-long', 100, 5000, { tags: ['speech'] }),
  summary('new-short', 300, 200, { tags: ['novel'], sourceId: 'src-2' }),
  summary('mid', 200, 1000, { tags: ['speech', 'novel'] }),
]
const state: ReadingState = {
  progress: new Map([
    ['old-long', { articleId: 'old-long', fraction: 1, updatedAt: 1, finishedAt: 1 }],
    ['mid', { articleId: 'mid', fraction: 0.02, updatedAt: 1, finishedAt: null }],
  ]),
  flags: new Map([['new-short', { reaction: null, saved: true }]]),
}
const ids = (list: ArticleSummary[]) => list.map((article) => article.id)

describe('library view', () => {
  it('sorts newest, oldest and shortest first', () => {
    expect(ids(viewLibrary(articles, DEFAULT_QUERY, state))).toEqual(['new-short', 'mid', 'old-long'])
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, sort: 'oldest' }, state))).toEqual(['old-long', 'mid', 'new-short'])
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, sort: 'shortest' }, state))).toEqual(['new-short', 'mid', 'old-long'])
  })

  it('filters unread, saved for later and finished', () => {
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, status: 'unread' }, state))).toEqual(['new-short', 'mid'])
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, status: 'saved' }, state))).toEqual(['new-short'])
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, status: 'finished' }, state))).toEqual(['old-long'])
  })

  it('filters by source and by tag, combined with the status', () => {
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, sourceId: 'src-2' }, state))).toEqual(['new-short'])
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, tag: 'speech' }, state))).toEqual(['mid', 'old-long'])
    expect(ids(viewLibrary(articles, { ...DEFAULT_QUERY, tag: 'speech', status: 'finished' }, state))).toEqual(['old-long'])
  })

  it('counts tags, most used first', () => {
    expect(tagCounts(articles)).toEqual([
      { tag: 'novel', count: 2 },
      { tag: 'speech', count: 2 },
    ])
  })
})
