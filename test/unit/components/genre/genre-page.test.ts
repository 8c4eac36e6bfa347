// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import GenrePage from '@/pages/GenrePage.vue'
import type { GenreView } from '@/recs/recs-view'
import { useRecsStore } from '@/stores/recs'
import { card, freshPinia, mountWith } from '../mount'

const somber: GenreView = {
  slug: 'somber-long',
  name: 'Somber long reads',
  facets: ['Somber', 'Long reads'],
  followed: false,
  hidden: false,
  cards: [card('a', 'Long read · 1850s'), card('b', 'Somber · 1860s')],
}

async function mountGenre(view: GenreView | null, slug = 'somber-long') {
  const pinia = freshPinia()
  const recs = useRecsStore()
  vi.spyOn(recs, 'genre').mockResolvedValue(view && { ...view })
  vi.spyOn(recs, 'followGenre').mockResolvedValue()
  vi.spyOn(recs, 'hideGenre').mockResolvedValue()
  const page = mountWith(GenrePage, pinia, { props: { slug } })
  await flushPromises()
  const button = (name: string) => page.findAll('button').find((candidate) => candidate.text() === name)
  return { page, recs, button }
}

describe('GenrePage', () => {
  it('names the genre, lists its facets and articles, and titles the document', async () => {
    const { page, recs } = await mountGenre(somber)
    expect(recs.genre).toHaveBeenCalledWith('somber-long')
    expect(page.findAll('h1').map((heading) => heading.text())).toEqual(['Somber long reads'])
    expect(page.findAll('.chip').map((chip) => chip.text())).toEqual(['Somber', 'Long reads'])
    expect(page.findAll('.rec-card')).toHaveLength(2)
    expect(page.text()).toContain('Somber · 1860s')
    expect(document.title).toBe('Somber long reads — Folio')
    page.unmount()
  })

  it('follows and unfollows, with aria-pressed and an announcement', async () => {
    const { page, recs, button } = await mountGenre(somber)
    const follow = button('Follow')!
    expect(follow.attributes('aria-pressed')).toBe('false')
    await follow.trigger('click')
    await flushPromises()
    expect(recs.followGenre).toHaveBeenLastCalledWith('somber-long', true)
    expect(follow.text()).toBe('Following')
    expect(follow.attributes('aria-pressed')).toBe('true')
    expect(page.find('.genre-actions [role="status"]').text()).toContain('You follow “Somber long reads”')
    await follow.trigger('click')
    await flushPromises()
    expect(recs.followGenre).toHaveBeenLastCalledWith('somber-long', false)
    expect(follow.attributes('aria-pressed')).toBe('false')
    page.unmount()
  })

  it('hides the genre and shows it again', async () => {
    const { page, recs, button } = await mountGenre(somber)
    await button('Hide this genre')!.trigger('click')
    await flushPromises()
    expect(recs.hideGenre).toHaveBeenLastCalledWith('somber-long', true)
    expect(page.text()).toContain('Hidden: this genre does not show on your home screen.')
    await button('Show this genre again')!.trigger('click')
    await flushPromises()
    expect(recs.hideGenre).toHaveBeenLastCalledWith('somber-long', false)
    expect(button('Hide this genre')).toBeDefined()
    page.unmount()
  })

  it('un-hides when following and un-follows when hiding, as the store does', async () => {
    const { page, button } = await mountGenre({ ...somber, hidden: true })
    await button('Follow')!.trigger('click')
    expect(button('Hide this genre')).toBeDefined()
    await button('Hide this genre')!.trigger('click')
    expect(button('Follow')!.attributes('aria-pressed')).toBe('false')
    page.unmount()
  })

  it('says kindly when the genre is not found, with a way home', async () => {
    const { page } = await mountGenre(null, 'gone-genre')
    expect(page.find('h1').text()).toBe('Genre')
    expect(page.text()).toContain('No genre called “gone-genre” has been found')
    expect(page.find('a[href="/"]').exists()).toBe(true)
    page.unmount()
  })
})
