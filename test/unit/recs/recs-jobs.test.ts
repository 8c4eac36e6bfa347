import { beforeEach, describe, expect, it } from 'vitest'
import { recordInteraction } from '@/db/interactions'
import { getTopicModel } from '@/db/model'
import { setSetting } from '@/db/settings'
import { createRecsJobs, LIBRARY_MAX_AGE_MS, type RecsJobs } from '@/recs/recs-jobs'
import type { HomeView } from '@/recs/recs-view'
import { fitAndSave } from '@/topics/topic-jobs'
import { resetIndexedDb } from '../db/reset'
import { storeThemes, themeOf, type Theme } from '../topics/corpus'

const forYou = (home: HomeView): string[] => home.rows.find((row) => row.kind === 'for-you')!.cards.map((card) => card.id)
const everyCard = (home: HomeView): string[] => home.rows.flatMap((row) => row.cards.map((card) => card.id))
const themeOfId = (id: string): string => id.split('-')[0]!

/** The stable key of the topic about `theme`. */
async function keyOf(theme: Theme): Promise<number> {
  const stored = (await getTopicModel())!
  return stored.keys[stored.model.topics.findIndex((topic) => themeOf(topic.terms[0]!) === theme)]!
}

describe('recommendation jobs (what the recommendations worker runs)', () => {
  let jobs: RecsJobs
  beforeEach(async () => {
    await resetIndexedDb()
    await storeThemes({ sea: 12, law: 12, farm: 12 })
    const outcome = await fitAndSave({ k: 3 })
    if (!outcome.ok) throw new Error(outcome.message)
    jobs = createRecsJobs()
  })

  it('suggests one article per topic to a new reader, and whaling after whaling articles are finished', async () => {
    const before = await jobs.home()
    expect(before).toMatchObject({ stage: 'cold-start', articleCount: 36, hasModel: true })
    expect(new Set(forYou(before).map(themeOfId))).toEqual(new Set(['sea', 'law', 'farm']))

    for (const [i, id] of ['sea-0', 'sea-1', 'sea-2', 'sea-3'].entries()) await recordInteraction(id, 'finish', Date.now() - (10 - i) * 60_000)
    const after = await jobs.home()
    expect(after.stage).toBe('profile')
    expect(forYou(after).slice(0, 5).map(themeOfId)).toEqual(Array(5).fill('sea'))
    expect(everyCard(after)).not.toContain('sea-0') // read: never suggested again
    expect(after.rows.map((row) => row.kind)).toContain('because')
    expect(after.rows.find((row) => row.kind === 'for-you')!.cards.every((card) => card.reason !== '')).toBe(true)
  })

  it('leaves out a hidden article, and offers it again once unhidden', async () => {
    const picked = forYou(await jobs.home()).find((id) => themeOfId(id) === 'sea')!
    await recordInteraction(picked, 'hide', Date.now() - 2000)
    expect(everyCard(await jobs.home())).not.toContain(picked)
    await recordInteraction(picked, 'unhide', Date.now() - 1000)
    expect(forYou(await jobs.home())).toContain(picked)
  })

  it('applies trainer thumbs given to a topic by its stable key', async () => {
    await setSetting('trainer', { [`topic-key:${await keyOf('sea')}`]: -1 })
    const home = await jobs.home()
    expect(everyCard(home).length).toBeGreaterThan(0)
    expect(everyCard(home).some((id) => themeOfId(id) === 'sea')).toBe(false)
  })

  it('shows a genre with the person’s topic name and flags, its unread articles first', async () => {
    const row = (await jobs.home()).rows.find((candidate) => candidate.kind === 'genre' && candidate.cards.every((card) => themeOfId(card.id) === 'farm'))!
    await setSetting('followedGenres', [row.slug])
    await setSetting('topicNames', { [await keyOf('farm')]: 'Farming' })
    expect((await jobs.home()).rows.find((candidate) => candidate.slug === row.slug)?.followed).toBe(true)
    await recordInteraction('farm-0', 'finish')
    const genre = (await jobs.genre(row.slug))!
    expect(genre).toMatchObject({ slug: row.slug, followed: true, hidden: false })
    expect(genre.facets).toEqual(['The farm gazette', 'Topic: Farming'])
    expect(genre.cards).toHaveLength(12)
    expect(genre.cards.at(-1)!.id).toBe('farm-0')
    expect(await jobs.genre('no-such-genre')).toBeNull()
  })

  it('offers an article’s topic (by stable key, with its name) and facets to the trainer', async () => {
    const key = await keyOf('sea')
    await setSetting('topicNames', { [key]: 'Whaling' })
    const values = await jobs.trainerValues('sea-5')
    expect(values[0]).toEqual({ value: `topic-key:${key}`, kind: 'Topic', label: 'Whaling' })
    expect(values).toContainEqual({ value: 'source:sea', kind: 'Source', label: 'The sea gazette' })
    expect(values).toContainEqual({ value: 'length:quick', kind: 'Length', label: 'Quick reads' })
    expect(await jobs.trainerValues('missing')).toEqual([])
  })

  it('offers topics by stable key at onboarding, and nothing without a model', async () => {
    await setSetting('topicNames', { [await keyOf('law')]: 'Lawmaking' })
    const onboarding = (await jobs.onboarding())!
    expect(onboarding.topics.map((topic) => topic.key).sort()).toEqual([0, 1, 2])
    expect(onboarding.topics.find((topic) => topic.key === 0)?.sampleTitles.length).toBeGreaterThan(0)
    expect(onboarding.topics.map((topic) => topic.title)).toContain('Lawmaking')
    expect(onboarding.lengths).toContainEqual(expect.objectContaining({ value: 'length:quick', count: 36 }))

    await resetIndexedDb()
    await storeThemes({ sea: 5 })
    await jobs.invalidate()
    expect(await jobs.onboarding()).toBeNull()
    expect(await jobs.home()).toMatchObject({ stage: 'facets-only', hasModel: false, articleCount: 5 })
  })

  it('gives cards of similar articles', async () => {
    const cards = await jobs.moreLikeThis('law-2', 4)
    expect(cards).toHaveLength(4)
    expect(cards.map((card) => themeOfId(card.id))).toEqual(Array(4).fill('law'))
    expect(cards[0]).toMatchObject({ sourceTitle: 'The law gazette', summary: expect.stringContaining('Body of law-') })
  })

  it('keeps the assembled library until invalidated or an hour old', async () => {
    let now = Date.UTC(2024, 0, 1)
    const timed = createRecsJobs(() => now)
    const first = await timed.loadedLibrary()
    await storeThemes({ farm: 2 }, 100)
    expect(await timed.loadedLibrary()).toBe(first)
    expect((await timed.home()).articleCount).toBe(36)
    await timed.invalidate()
    const second = await timed.loadedLibrary()
    expect(second).not.toBe(first)
    expect(second.library.articles).toHaveLength(38)
    now += LIBRARY_MAX_AGE_MS
    expect(await timed.loadedLibrary()).not.toBe(second)
  })
})
