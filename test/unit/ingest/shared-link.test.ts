import { describe, expect, it } from 'vitest'
import { sharedLink } from '@/ingest/shared-link'

describe('sharedLink', () => {
  it('takes the url parameter first', () => {
    expect(sharedLink({ url: 'https://a.example/x', text: 'See https://b.example/y', title: 'T' })).toBe('https://a.example/x')
  })

  it('normalizes the url it returns', () => {
    expect(sharedLink({ url: '  HTTPS://Example.COM  ' })).toBe('https://example.com/')
  })

  it('drops the closing punctuation of a sentence that ends with the link', () => {
    expect(sharedLink({ text: 'Read this: https://example.com/a.' })).toBe('https://example.com/a')
    expect(sharedLink({ text: '(see https://example.com/b), later' })).toBe('https://example.com/b')
  })

  it('finds the link inside text, Android style', () => {
    expect(sharedLink({ title: 'Headline', text: 'Headline https://example.com/a' })).toBe('https://example.com/a')
  })

  it('finds an http link in text when url is empty', () => {
    expect(sharedLink({ url: '', text: 'look: http://example.com/b?c=d#e and more' })).toBe('http://example.com/b?c=d#e')
  })

  it('takes the first of several links in text', () => {
    expect(sharedLink({ text: 'https://one.example/1 then https://two.example/2' })).toBe('https://one.example/1')
  })

  it.each(['javascript:alert(1)', 'ftp://example.com/file', 'file:///etc/passwd', 'data:text/html,hi', 'mailto:a@example.com'])(
    'rejects the url %s',
    (url) => {
      expect(sharedLink({ url })).toBeNull()
    },
  )

  it('falls back to a link in text when the url is not http(s)', () => {
    expect(sharedLink({ url: 'javascript:alert(1)', text: 'Read https://example.com/safe' })).toBe('https://example.com/safe')
  })

  it('ignores javascript: and ftp: links in text', () => {
    expect(sharedLink({ text: 'javascript:alert(1) ftp://example.com/x' })).toBeNull()
  })

  it('ignores a url that is not a URL at all', () => {
    expect(sharedLink({ url: 'not a url', text: 'still nothing' })).toBeNull()
  })

  it.each([{}, { url: null, text: null, title: null }, { title: 'Only a title' }, { text: '' }])('returns null for %j', (params) => {
    expect(sharedLink(params)).toBeNull()
  })
})
