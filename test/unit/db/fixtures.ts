import type { ArticleRecord, SourceRecord } from '@/db/schema'

/** A source and article exactly as schema version 1 stores them. */
export function sourceV1(overrides: Partial<SourceRecord> = {}): SourceRecord {
  return {
    id: 'src-1',
    kind: 'feed',
    title: 'The Example Gazette',
    url: 'https://example.org/feed.json',
    addedAt: 1_700_000_000_000,
    etag: '"abc"',
    lastModified: null,
    fetchedAt: 1_700_000_000_000,
    ...overrides,
  }
}

export function articleV1(id: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    sourceId: 'src-1',
    url: `https://example.org/${id}`,
    documentUrl: null,
    title: `Article ${id}`,
    author: 'A. Writer',
    publishedAt: 1_600_000_000_000,
    addedAt: 1_700_000_000_000,
    html: `<p>Body of ${id}</p>`,
    text: `Body of ${id}`,
    wordCount: 3,
    readingMinutes: 1,
    language: 'en',
    tags: ['history', 'speech'],
    summary: `Body of ${id}`,
    ...overrides,
  }
}
