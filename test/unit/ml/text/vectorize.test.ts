import { describe, expect, it } from 'vitest'
import { csrToDense } from '@/ml/sparse/csr'
import { fitTfidf } from '@/ml/text/tfidf'
import { FOLIO_VECTORIZE_DEFAULTS, transformTexts, vectorizeTexts } from '@/ml/text/vectorize'

const texts = [
  'The whale! The whales were whaling near the ship, and Ahab hunted the whale.',
  'Whales and ships: the ship’s crew hunted whales at sea.',
  'Congress passed the budget; the budget funds ships and the navy.',
  'The navy asked Congress for ships.',
]

describe('vectorizeTexts', () => {
  it('uses Folio’s defaults: stop words, stems shown as words, min_df 2', () => {
    const model = vectorizeTexts(texts)
    // Stems in at least 2 texts and at most 95 % of them (3.8 texts: "ship", in all 4, goes).
    expect(model.vocabulary).toEqual(['congress', 'hunt', 'navi', 'whale'])
    expect(model.display).toEqual(['congress', 'hunted', 'navy', 'whales'])
    expect([model.stem, model.locale]).toEqual([true, 'en'])
    expect([model.matrix.rows, model.matrix.cols]).toEqual([4, 4])
    expect(FOLIO_VECTORIZE_DEFAULTS.maxFeatures).toBe(10_000)
  })

  it('equals fitTfidf on the tokens the pipeline makes', () => {
    const model = vectorizeTexts(texts, { stem: false, minDf: 1, maxDf: { proportion: 1 }, maxFeatures: null })
    const tokens = [
      ['whale', 'whales', 'whaling', 'near', 'ship', 'ahab', 'hunted', 'whale'],
      ['whales', 'ships', 'ship', 'crew', 'hunted', 'whales', 'sea'],
      ['congress', 'passed', 'budget', 'budget', 'funds', 'ships', 'navy'],
      ['navy', 'asked', 'congress', 'ships'],
    ]
    const fit = fitTfidf(tokens)
    expect(model.vocabulary).toEqual(fit.vocabulary)
    expect(model.display).toEqual(fit.vocabulary)
    expect([...csrToDense(model.matrix)]).toEqual([...csrToDense(fit.matrix)])
  })

  it('throws when pruning leaves nothing', () => {
    expect(() => vectorizeTexts(['A single whale.'])).toThrow(RangeError)
  })
})

describe('transformTexts', () => {
  it('folds new texts into the fitted columns, stemming as the model did', () => {
    const model = vectorizeTexts(texts)
    const rows = transformTexts(['Whaling! Whales, whaled.', 'Nothing known here.', texts[0]!], model)
    expect([rows.rows, rows.cols]).toEqual([3, 4])
    expect([...csrToDense(rows)].slice(0, 8)).toEqual([0, 0, 0, 1, 0, 0, 0, 0])
    expect([...csrToDense(rows)].slice(8)).toEqual([...csrToDense(model.matrix)].slice(0, 4))
  })
})
