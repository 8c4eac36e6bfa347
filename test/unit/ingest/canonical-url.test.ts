import { describe, expect, it } from 'vitest'
import { canonicalUrl } from '@/ingest/canonical-url'

describe('canonicalUrl', () => {
  it('treats links that differ only in tracking, fragment, scheme, www or a trailing slash as one', () => {
    const forms = [
      'https://www.example.org/news/story/?utm_source=rss&utm_medium=feed#comments',
      'http://example.org/news/story',
      'https://EXAMPLE.org/news/story/?fbclid=abc',
    ]
    expect(new Set(forms.map(canonicalUrl))).toEqual(new Set(['example.org/news/story']))
  })

  it('keeps what identifies a page: path, other parameters, port', () => {
    expect(canonicalUrl('https://example.org/story?id=7&utm_campaign=x')).toBe('example.org/story?id=7')
    expect(canonicalUrl('https://example.org:8443/a')).toBe('example.org:8443/a')
    expect(canonicalUrl('https://example.org/')).toBe('example.org')
    expect(canonicalUrl('https://example.org/a')).not.toBe(canonicalUrl('https://example.org/b'))
  })

  it('is null for what is not a web link', () => {
    expect(canonicalUrl(null)).toBeNull()
    expect(canonicalUrl('not a url')).toBeNull()
    expect(canonicalUrl('mailto:someone@example.org')).toBeNull()
    expect(canonicalUrl('javascript:alert(1)')).toBeNull()
  })
})
