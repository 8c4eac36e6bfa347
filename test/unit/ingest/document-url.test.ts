import { describe, expect, it } from 'vitest'
import { articleDocumentPath } from '@/ingest/document-url'

describe('articleDocumentPath', () => {
  it('keeps Folio article documents only, so a feed cannot point an article at the fetch proxy', () => {
    expect(articleDocumentPath('/articles/sotu-1790-george-washington.json')).toBe('/articles/sotu-1790-george-washington.json')
    expect(articleDocumentPath('/articles/moby-dick-4.json')).toBe('/articles/moby-dick-4.json')
    for (const hostile of [
      '/api/fetch?url=https://example.com/',
      '/api/extract?url=http://example.com/',
      '/articles/../api/fetch?url=x.json',
      '/articles/x.json?url=https://example.com/',
      '/articles/a/b.json',
      '//evil.example/articles/x.json',
      'https://evil.example/articles/x.json',
      '/articles/.json',
      '/articles/x.json#',
      '',
      null,
      undefined,
    ]) {
      expect(articleDocumentPath(hostile)).toBeNull()
    }
  })
})
