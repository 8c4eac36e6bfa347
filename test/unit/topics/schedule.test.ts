import { describe, expect, it } from 'vitest'
import { planAfterIngest, REFIT_GROWTH } from '@/topics/schedule'

describe('planAfterIngest', () => {
  it('fits a library without a model once it has 12 articles', () => {
    expect(planAfterIngest({ articles: 11, unplaced: 11, fittedCount: null })).toEqual({ foldIn: false, fit: false })
    expect(planAfterIngest({ articles: 12, unplaced: 12, fittedCount: null })).toEqual({ foldIn: false, fit: true })
  })

  it('folds new articles into a model, and refits once the library has grown by a quarter', () => {
    expect(REFIT_GROWTH).toBe(0.25)
    expect(planAfterIngest({ articles: 100, unplaced: 0, fittedCount: 100 })).toEqual({ foldIn: false, fit: false })
    expect(planAfterIngest({ articles: 124, unplaced: 24, fittedCount: 100 })).toEqual({ foldIn: true, fit: false })
    expect(planAfterIngest({ articles: 125, unplaced: 25, fittedCount: 100 })).toEqual({ foldIn: true, fit: true })
  })

  it('counts growth from the library’s size, so articles deleted since the fit are not new ones', () => {
    expect(planAfterIngest({ articles: 110, unplaced: 30, fittedCount: 100 })).toEqual({ foldIn: true, fit: false })
  })
})
