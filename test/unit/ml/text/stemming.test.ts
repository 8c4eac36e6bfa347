import { describe, expect, it } from 'vitest'
import { stemDocuments, stemToken } from '@/ml/text/stemming'

describe('stemToken', () => {
  it('gives Porter2 stems (snowball reference examples)', () => {
    // Porter2's published vocabulary/output pairs: https://snowballstem.org/algorithms/english/stemmer.html
    expect(['consign', 'consigned', 'consigning', 'consignment', 'consist', 'consisted', 'consistency'].map(stemToken)).toEqual([
      'consign', 'consign', 'consign', 'consign', 'consist', 'consist', 'consist',
    ])
    expect(['whaling', 'whales', 'harpooneers', 'dying', 'skies', 'generously'].map(stemToken)).toEqual(['whale', 'whale', 'harpoon', 'die', 'sky', 'generous'])
  })

  it('leaves words outside ASCII alone', () => {
    expect(stemToken('cafés')).toBe('cafés')
    expect(stemToken('москва')).toBe('москва')
  })
})

describe('stemDocuments', () => {
  it('stems every token and keeps the shape of the documents', () => {
    const { documents } = stemDocuments([['whales', 'hunting'], [], ['whale']])
    expect(documents).toEqual([['whale', 'hunt'], [], ['whale']])
  })

  it('shows each stem as its most frequent surface form', () => {
    const { surfaceForms } = stemDocuments([
      ['whales', 'whaling', 'whales'],
      ['whale', 'hunting', 'hunted', 'hunted'],
    ])
    expect(surfaceForms).toEqual(new Map([['whale', 'whales'], ['hunt', 'hunted']]))
  })

  it('breaks ties by length, then alphabetically, whatever the order of documents', () => {
    const documents = [['running', 'runs', 'run'], ['connected', 'connects']]
    const forward = stemDocuments(documents).surfaceForms
    const backward = stemDocuments(documents.map((tokens) => tokens.slice().reverse()).reverse()).surfaceForms
    expect(forward.get('run')).toBe('run') // all once: the shortest
    expect(forward.get('connect')).toBe('connects') // both once: 8 letters beat 9
    expect(backward).toEqual(forward)
    expect(stemDocuments([['generals', 'generally']]).surfaceForms.get('general')).toBe('generals')
    expect(stemDocuments([['hopes', 'hoped']]).surfaceForms.get('hope')).toBe('hoped') // equal length: alphabetical
  })
})
