import { describe, expect, it } from 'vitest'
import { announceStorageFull, isQuotaError, onStorageFull } from '@/db/quota'

describe('quota errors', () => {
  it('recognises the browsers’ quota errors, also after a worker boundary kept only the name', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))).toBe(true)
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true)
    expect(isQuotaError({ name: 'SomeLegacyName', code: 22 })).toBe(true)
  })

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false)
    expect(isQuotaError(new DOMException('constraint', 'ConstraintError'))).toBe(false)
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false)
    expect(isQuotaError('QuotaExceededError')).toBe(false)
    expect(isQuotaError(null)).toBe(false)
  })

  it('announces to every listener until it unsubscribes', () => {
    const heard: string[] = []
    const stop = onStorageFull((what) => heard.push(what))
    announceStorageFull('the new articles')
    stop()
    announceStorageFull('your like')
    expect(heard).toEqual(['the new articles'])
  })
})
