import { describe, expect, it } from 'vitest'
import { isCacheUpdatedMessage } from '@/composables/document-updates'

describe('isCacheUpdatedMessage', () => {
  const message = {
    type: 'CACHE_UPDATED',
    meta: 'workbox-broadcast-update',
    payload: { cacheName: 'folio-articles-v1', updatedURL: 'http://localhost/articles/a.json' },
  }
  it('accepts what workbox-broadcast-update posts and nothing else', () => {
    expect(isCacheUpdatedMessage(message)).toBe(true)
    expect(isCacheUpdatedMessage({ ...message, meta: 'other' })).toBe(false)
    expect(isCacheUpdatedMessage({ ...message, payload: { cacheName: 'x' } })).toBe(false)
    expect(isCacheUpdatedMessage('CACHE_UPDATED')).toBe(false)
    expect(isCacheUpdatedMessage(null)).toBe(false)
  })
})
