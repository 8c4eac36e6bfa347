import { describe, expect, it } from 'vitest'
import type { FacetKind, FacetValue } from '@/ml/recs/facets'
import { genreName, genreParts, genreSlug, topicPhrase, type GenreParts } from '@/ml/recs/genre-grammar'
import { generateGenres, MIN_GENRE_SUPPORT, MIN_GENRE_UNREAD, type GenreArticle } from '@/ml/recs/genres'

/** A facet value from its id: 'author:…' is of kind 'source'; the label is the id after the kind. */
function facet(value: string, relevance = 1): FacetValue {
  const prefix = value.slice(0, value.indexOf(':'))
  const kind = (prefix === 'author' ? 'source' : prefix) as FacetKind
  return { kind, value, label: value.slice(prefix.length + 1), relevance }
}

let nextId = 0
/** `count` articles with the given facets, the first `unread` of them unread. */
function articles(count: number, unread: number, values: (string | FacetValue)[], topic: GenreArticle['topic'] = null): GenreArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${nextId++}`,
    facets: values.map((value) => (typeof value === 'string' ? facet(value) : value)),
    topic,
    unread: i < unread,
  }))
}

const facetSets = (genres: { facets: string[]; topicId: number | null }[]): string[] =>
  genres.map((genre) => [...genre.facets, ...(genre.topicId === null ? [] : [`topic:${genre.topicId}`])].join(' + ')).sort()

describe('generateGenres', () => {
  it('names a topic in its slug by the stable key when one is given, so a refit that reorders topics keeps the slug', () => {
    const slugOf = (topic: GenreArticle['topic']): string[] =>
      generateGenres([...articles(6, 6, ['length:long'], topic), ...articles(6, 6, ['tone:somber'])])
        .filter((genre) => genre.topicId !== null)
        .map((genre) => genre.slug)
        .sort()
    // Before a refit the topic sits at position 2 with key 7; after it, at position 5, still key 7.
    const before = slugOf({ id: 2, label: 'whale · sea', key: 7 })
    const after = slugOf({ id: 5, label: 'whale · sea', key: 7 })
    expect(before).toEqual(['long-topic-7'])
    expect(after).toEqual(before)
    // Without keys (the CLI fits its own model), the position names it.
    expect(slugOf({ id: 5, label: 'whale · sea' })).toEqual(['long-topic-5'])
  })

  it('keeps a conjunction only with 5 articles of which 3 unread', () => {
    expect([MIN_GENRE_SUPPORT, MIN_GENRE_UNREAD]).toEqual([5, 3])
    const library = [
      ...articles(4, 4, ['format:speech']),
      ...articles(5, 2, ['format:essay']),
      ...articles(5, 3, ['format:list']),
    ]
    expect(facetSets(generateGenres(library))).toEqual(['format:list'])
  })

  it('counts a facet value from relevance 0.5', () => {
    const library = [...articles(4, 4, ['tone:somber']), ...articles(1, 1, [facet('tone:somber', 0.5)]), ...articles(5, 5, [facet('level:easy', 0.49)])]
    expect(facetSets(generateGenres(library))).toEqual(['tone:somber'])
  })

  it('combines values of different kinds only, up to four, the topic a kind of its own', () => {
    const library = [
      ...articles(6, 6, ['length:long', facet('length:epic', 0.5), 'tone:somber', 'era:1860s', 'format:speech', 'level:easy'], { id: 3, label: 'war · union' }),
      ...articles(6, 6, ['length:long']),
      ...articles(6, 6, ['tone:somber']),
      ...articles(6, 6, ['era:1860s']),
      ...articles(6, 6, ['format:speech']),
      ...articles(6, 6, ['level:easy']),
    ]
    const genres = generateGenres(library)
    expect(genres.every((genre) => genre.facets.length + (genre.topicId === null ? 0 : 1) <= 4)).toBe(true)
    expect(genres.some((genre) => genre.facets.includes('length:long') && genre.facets.includes('length:epic'))).toBe(false)
    // Every set of 2–4 of the first group's values holds just its six articles: one of four is kept, ranked first.
    expect(genres.filter((genre) => genre.articleIds.length === 6)).toHaveLength(1)
    expect(genres[0]!.articleIds).toHaveLength(6)
    expect(genres[0]!.facets.length + (genres[0]!.topicId === null ? 0 : 1)).toBe(4)
  })

  it('keeps only the more specific of two genres with the same articles', () => {
    const library = [...articles(6, 6, ['tone:somber', 'length:long']), ...articles(5, 5, ['length:long'])]
    expect(facetSets(generateGenres(library))).toEqual(['length:long', 'length:long + tone:somber'])
    const same = articles(6, 6, ['tone:somber', 'length:long'])
    expect(facetSets(generateGenres(same))).toEqual(['length:long + tone:somber'])
  })

  it('breaks a tie of same-size genres with the same articles by relevance', () => {
    const library = articles(6, 6, ['era:1860s', facet('era:19th-century', 0.7)])
    expect(facetSets(generateGenres(library))).toEqual(['era:1860s'])
  })

  it('names, slugs and counts each genre', () => {
    const library = [...articles(5, 3, ['tone:somber', 'length:long', 'era:1860s'], { id: 3, label: 'war · union' }), ...articles(2, 2, ['era:1860s'])]
    const [genre] = generateGenres(library)
    expect(genre).toEqual({
      slug: '1860s-long-somber-topic-3',
      name: 'Somber long reads about war and union from the 1860s',
      facets: ['era:1860s', 'length:long', 'tone:somber'],
      topicId: 3,
      articleIds: library.slice(0, 5).map((article) => article.id),
      unreadCount: 3,
    })
  })

  it('is deterministic, whatever the order of facets', () => {
    const values = ['tone:somber', 'length:long', 'era:1860s', 'format:speech', 'source:lincoln', 'tag:war']
    const library = [...articles(6, 4, values), ...articles(5, 5, values.slice(2)), ...articles(7, 3, values.slice(0, 3))]
    const reversed = library.map((article) => ({ ...article, facets: [...article.facets].reverse() }))
    const genres = generateGenres(library)
    expect(generateGenres(reversed)).toEqual(genres)
    expect(new Set(genres.map((genre) => genre.slug)).size).toBe(genres.length)
  })

  it('keeps the most specific genres when capped', () => {
    const library = [...articles(6, 6, ['tone:somber', 'length:long']), ...articles(5, 5, ['length:long']), ...articles(5, 5, ['era:1860s'])]
    expect(facetSets(generateGenres(library, { maxGenres: 2 }))).toEqual(['length:long', 'length:long + tone:somber'])
  })
})

describe('genreName', () => {
  it('names every part and combination naturally', () => {
    const cases: GenreParts[] = [
      { tone: 'somber', length: 'long', topic: 'war · union', era: '1860s' },
      { tone: 'upbeat', format: 'speech', era: '1790s' },
      { level: 'challenging', format: 'essay', topic: 'whale · ship · sea' },
      { length: 'quick', source: 'Moby-Dick' },
      { length: 'long' },
      { format: 'how-to', era: 'this-week' },
      { format: 'qa', source: 'Hacker News', era: 'this-week' },
      { format: 'news', era: '20th-century' },
      { format: 'list', tag: 'recipes' },
      { tone: 'balanced', length: 'epic', topic: 'Abraham Lincoln', tag: 'civil war' },
      { format: 'speech', author: 'George Washington', era: '1790s' },
      { level: 'easy', length: 'short', source: 'The Atlantic', era: '1860s' },
      { tone: 'somber', level: 'challenging', length: 'long', format: 'essay', topic: 'whale · sea', era: '19th-century' },
      { author: 'Herman Melville', source: 'Moby-Dick', era: '1850s' },
      { topic: 'about  whale', tag: 'about sea' },
      { tone: '  somber ', era: 'someday', source: ' ' },
      genreParts([facet('length:long'), { value: 'tag:president:George Washington', label: 'George Washington' }]),
    ]
    expect(cases.map(genreName)).toEqual([
      'Somber long reads about war and union from the 1860s',
      'Upbeat speeches from the 1790s',
      'Challenging essays about whale, ship and sea',
      'Quick reads from Moby-Dick',
      'Long reads',
      'How-tos from this week',
      'Q&As from Hacker News this week',
      'News stories from the 20th century',
      'Lists about recipes',
      'Balanced epic reads about Abraham Lincoln tagged civil war',
      'Speeches by George Washington from the 1790s',
      'Easy short reads from The Atlantic in the 1860s',
      'Somber challenging long essays about whale and sea from the 19th century',
      'Reads by Herman Melville from Moby-Dick in the 1850s',
      'Reads about whale tagged sea',
      'Somber reads',
      'Long reads about George Washington',
    ])
  })

  it('never leaves double spaces, dangling prepositions or "about about"', () => {
    const options: { [K in keyof GenreParts]-?: (string | undefined)[] } = {
      tone: [undefined, 'somber'], level: [undefined, ''], length: [undefined, 'long'], format: [undefined, 'speech'],
      topic: [undefined, '', 'about war · union'], tag: [undefined, ' '], era: [undefined, 'this-week', '1860s', ''], source: [undefined, ''], author: [undefined, 'Lincoln'],
    }
    let combinations: GenreParts[] = [{}]
    for (const [key, values] of Object.entries(options)) combinations = combinations.flatMap((parts) => values.map((value) => (value === undefined ? parts : { ...parts, [key]: value })))
    for (const name of combinations.map(genreName)) {
      expect(name).not.toMatch(/\s{2}|^\s|\s$|\b(about|from|by|in|tagged)$|about about/)
      expect(name.charAt(0)).toBe(name.charAt(0).toUpperCase())
    }
  })

  it('joins topic words with commas and "and"', () => {
    expect(['', 'whale', 'whale · sea', 'whale · ship · sea · oil'].map(topicPhrase)).toEqual(['', 'whale', 'whale and sea', 'whale, ship, sea and oil'])
  })
})

describe('genreSlug', () => {
  it('joins vocabulary words of the sorted values', () => {
    expect(genreSlug(['tone:somber', 'length:long', 'topic:3', 'era:1860s'])).toBe('1860s-long-somber-topic-3')
    expect(genreSlug(['format:how-to', 'era:19th-century', 'era:19th-century'])).toBe('19th-century-how-to')
  })

  it('hashes free text, so lossy slugs stay unique and URL-safe', () => {
    const a = genreSlug(['source:C++', 'length:long'])
    const b = genreSlug(['source:C', 'length:long'])
    expect(a).toMatch(/^long-source-c-[0-9a-f]{8}$/)
    expect(b).toMatch(/^long-source-c-[0-9a-f]{8}$/)
    expect(a).not.toBe(b)
    expect(genreSlug(['author:Émile Zola'])).toMatch(/^by-emile-zola-[0-9a-f]{8}$/)
    expect(genreSlug(['tag:a', 'tone:somber'])).not.toBe(genreSlug(['tag:a-somber']))
    expect(genreSlug(['tag:日本'])).toMatch(/^tag-[0-9a-f]{8}$/)
    expect(genreSlug(['length:long', 'source:C++'])).toBe(a)
  })
})
