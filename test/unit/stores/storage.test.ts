import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useStorageStore } from '@/stores/storage'
import { resetIndexedDb } from '../db/reset'

describe('storage store', () => {
  beforeEach(async () => {
    await resetIndexedDb()
    setActivePinia(createPinia())
  })

  const full = () => new DOMException('full', 'QuotaExceededError')

  it('reports quota errors only, takes focus only for the person’s own actions, and counts what could be freed', async () => {
    const storage = useStorageStore()
    expect(storage.reportIfFull(new Error('other'), 'the new articles')).toBe(false)
    expect(storage.notSaved).toBeNull()
    await storage.report('pictures for offline reading', { interrupt: false })
    expect(storage.focusRequests).toBe(0)
    expect(storage.options).toEqual({ images: 0, oldFinished: 0 })
    storage.dismiss()
    expect(storage.reportIfFull(full(), 'the new articles')).toBe(true)
    expect(storage.notSaved).toBe('the new articles')
    expect(storage.focusRequests).toBe(1)
    storage.reportIfFull(full(), 'the new articles') // a repeat: no second focus
    expect(storage.focusRequests).toBe(1)
  })

  it('keeps a closed notice closed for the same failure until space is freed', async () => {
    const storage = useStorageStore()
    await storage.report('your reading position')
    storage.dismiss()
    await storage.report('your reading position')
    expect(storage.notSaved).toBeNull()
    await storage.report('your like')
    expect(storage.notSaved).toBe('your like')
    await storage.removeOldFinished()
    expect(storage.status).toBe('Deleted 0 finished articles.')
    storage.dismiss()
    await storage.report('your reading position') // freed space: news again
    expect(storage.notSaved).toBe('your reading position')
  })
})
