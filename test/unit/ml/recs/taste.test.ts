import { describe, expect, it } from 'vitest'
import { findGenre, genresOf, recommend } from '@/ml/recs/recommend'
import { NO_TASTE, type Taste } from '@/ml/recs/taste'
import { handLibrary, NOW, themedLibrary, themeOf } from './hand-library'

const library = themedLibrary()
const genreRowsOf = (rows: { kind: string; slug: string }[]): string[] => rows.filter((row) => row.kind === 'genre').map((row) => row.slug)
const slugNamed = (name: string): string => genresOf(library).find((genre) => genre.name === name)!.slug
const isLong = (id: string): boolean => Number(id.split('-')[1]) % 2 === 1

describe('onboarding interests', () => {
  it('move a reader with no events off the one-per-topic sampler toward the picked topic', () => {
    const cold = recommend(library, [], { limit: 3 })
    expect(cold.stage).toBe('cold-start')
    expect(new Set(cold.forYou.map(themeOf))).toEqual(new Set(['sea', 'law', 'farm']))

    const picked = recommend(library, [], { limit: 3, taste: { ...NO_TASTE, interests: ['topic:2'] } })
    expect(picked.stage).toBe('profile')
    expect(themeOf(picked.forYou[0]!)).toBe('farm')
    expect(picked.forYou.filter((id) => themeOf(id) === 'farm').length).toBeGreaterThanOrEqual(2)
    expect(picked.reasons[picked.forYou[0]!]).toBe('You picked wheat · farm · barn')
    expect(picked.rows.find((row) => row.kind === 'for-you')?.reason).toBe('From what you picked')
  })

  it('count a facet pick as affinity', () => {
    const { forYou, reasons, stage } = recommend(library, [], { limit: 3, taste: { ...NO_TASTE, interests: ['length:long'] } })
    expect(stage).toBe('profile')
    expect(forYou.every(isLong)).toBe(true)
    expect(reasons[forYou[0]!]).toBe('You picked long reads')
  })
})

describe('followed and hidden genres', () => {
  const taste = (followedGenres: string[], hiddenGenres: string[] = []): Taste => ({ ...NO_TASTE, followedGenres, hiddenGenres })

  it('offer a followed genre first, even when it ranks below the cut, beyond the row count if need be', () => {
    const seventies = slugNamed('Reads from the 1870s')
    const shortFifties = slugNamed('Short reads from the 1850s')
    const plain = genreRowsOf(recommend(library, [], { genreRows: 1 }).rows)
    expect(plain).toHaveLength(1)
    expect(plain).not.toContain(seventies)

    expect(genreRowsOf(recommend(library, [], { genreRows: 1, taste: taste([seventies]) }).rows)).toEqual([seventies])
    const both = genreRowsOf(recommend(library, [], { genreRows: 1, taste: taste([shortFifties, seventies]) }).rows)
    expect(both).toEqual([shortFifties, seventies])
    const three = genreRowsOf(recommend(library, [], { genreRows: 3, taste: taste([seventies]) }).rows)
    expect(three[0]).toBe(seventies)
    expect(three).toHaveLength(3)
  })

  it('skip a followed genre without enough unread articles, or one that repeats another row exactly', () => {
    const seventies = slugNamed('Reads from the 1870s')
    const read = findGenre(library, seventies)!.articleIds.slice(0, 4).map((articleId) => ({ articleId, event: 'finish' as const, at: NOW - 3_600_000 }))
    expect(genreRowsOf(recommend(library, read, { taste: taste([seventies]) }).rows)).not.toContain(seventies)
    // A sea reader's Because you read row holds every other sea article: the followed sea genre would repeat it.
    const sea = slugNamed('Reads about whale, ship and sea tagged sea')
    const { rows } = recommend(library, [{ articleId: 'sea-0', event: 'finish', at: NOW - 3_600_000 }], { taste: taste([sea]) })
    expect(rows.find((row) => row.kind === 'because')?.items.sort()).toEqual(['sea-1', 'sea-2', 'sea-3', 'sea-4', 'sea-5', 'sea-6', 'sea-7'])
    expect(genreRowsOf(rows)).not.toContain(sea)
    expect(genreRowsOf(recommend(library, [], { taste: taste([sea]) }).rows)[0]).toBe(sea)
  })

  it('never offer a hidden genre, even when followed', () => {
    const plain = genreRowsOf(recommend(library, [], { genreRows: 3 }).rows)
    const hidden = genreRowsOf(recommend(library, [], { genreRows: 3, taste: taste([plain[1]!], [plain[0]!, plain[1]!]) }).rows)
    expect(hidden).toHaveLength(3)
    expect(hidden).not.toContain(plain[0])
    expect(hidden).not.toContain(plain[1])
  })
})

describe('stage', () => {
  it('says which path made the rows', () => {
    expect(recommend(handLibrary([{ id: 'a', facets: ['length:long'] }]), []).stage).toBe('facets-only')
    expect(recommend(handLibrary([{ id: 'a', facets: ['length:long'] }]), [], { taste: { ...NO_TASTE, interests: ['length:long'] } }).stage).toBe('facets-only')
    expect(recommend(library, []).stage).toBe('cold-start')
    expect(recommend(library, [{ articleId: 'sea-0', event: 'hide', at: NOW }]).stage).toBe('cold-start') // hiding says nothing of taste
    expect(recommend(library, [{ articleId: 'sea-0', event: 'open', at: NOW }]).stage).toBe('profile')
    expect(recommend(library, [], { taste: { ...NO_TASTE, interests: ['topic:0'] } }).stage).toBe('profile')
    expect(recommend(library, [], { taste: { ...NO_TASTE, interests: ['length:epic'] } }).stage).toBe('profile') // a pick, even one no article matches yet
  })
})
