// @vitest-environment jsdom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import HomePage from '@/pages/HomePage.vue'
import type { HomeView } from '@/recs/recs-view'
import { useLibraryStore } from '@/stores/library'
import { useRecsStore } from '@/stores/recs'
import { card, freshPinia, mountWith, row } from '../mount'

const view: HomeView = {
  stage: 'profile',
  articleCount: 40,
  hasModel: true,
  rows: [
    row('because-1', [card('a', 'Because you liked “Chapter 1”'), card('b', 'Topic: whale · ship · sea')], { kind: 'because', title: 'Because you liked “Chapter 1”' }),
    row('somber-long', [card('c', 'Long read · 1850s')], { kind: 'genre', title: 'Somber long reads', followed: true }),
  ],
}

describe('HomePage', () => {
  let wrapper: VueWrapper | null = null
  let recs: ReturnType<typeof useRecsStore>

  function mountHome(home: HomeView | null): VueWrapper {
    const pinia = freshPinia()
    const library = useLibraryStore()
    vi.spyOn(library, 'refresh').mockResolvedValue()
    library.loaded = true
    library.total = 40
    recs = useRecsStore()
    vi.spyOn(recs, 'refresh').mockResolvedValue()
    vi.spyOn(recs, 'hideArticle').mockResolvedValue()
    recs.home = home
    wrapper = mountWith(HomePage, pinia)
    return wrapper
  }

  beforeEach(() => (wrapper = null))
  afterEach(() => wrapper?.unmount())

  it('refreshes the suggestions on mount and renders each row as a labelled section with its reason', () => {
    const page = mountHome(view)
    expect(recs.refresh).toHaveBeenCalledOnce()
    const sections = page.findAll('section.rec-row')
    expect(sections).toHaveLength(2)
    for (const [index, section] of sections.entries()) {
      const heading = section.find('h2')
      expect(section.attributes('aria-labelledby')).toBe(heading.attributes('id'))
      expect(heading.text()).toBe(view.rows[index]!.title)
      expect(section.find('.row-reason').text()).toBe(view.rows[index]!.reason)
    }
    const first = sections[0]!
    expect(first.findAll('li')).toHaveLength(2)
    expect(first.find('h3 a').attributes('href')).toBe('/article/a')
    expect(first.find('h3 a').text()).toBe('Title a')
    expect(first.text()).toContain('Moby-Dick · 7 min read')
    expect(first.text()).toContain('Because you liked “Chapter 1”')
    expect(first.find('a[href^="/genre/"]').exists()).toBe(false)
  })

  it('links genre rows to their page and badges followed ones', () => {
    const genre = mountHome(view).findAll('section.rec-row')[1]!
    expect(genre.find('a[href="/genre/somber-long"]').text()).toContain('See all')
    expect(genre.find('.badge').text()).toBe('Following')
  })

  it('hides a card with "Not interested", announces it, and Undo brings it back', async () => {
    const page = mountHome(view)
    const button = page.findAll('button').find((candidate) => candidate.text() === 'Not interested in “Title a”')!
    await button.trigger('click')
    await flushPromises()
    expect(recs.hideArticle).toHaveBeenCalledWith('a', true)
    expect(page.find('[data-card-id="a"]').exists()).toBe(false)
    expect(page.find('.hidden-notice [role="status"]').text()).toBe('“Title a” is hidden from your suggestions.')
    const undo = page.findAll('button').find((candidate) => candidate.text() === 'Undo')!
    expect(document.activeElement).toBe(undo.element)

    await undo.trigger('click')
    await flushPromises()
    expect(recs.hideArticle).toHaveBeenLastCalledWith('a', false)
    expect(page.find('[data-card-id="a"]').exists()).toBe(true)
    expect(page.find('.hidden-notice [role="status"]').text()).toBe('“Title a” is back in your suggestions.')
    expect(page.findAll('button').some((candidate) => candidate.text() === 'Undo')).toBe(false)
  })

  it('says that suggestions sharpen with more articles while only facets make them', () => {
    const page = mountHome({ ...view, stage: 'facets-only', hasModel: false })
    expect(page.find('.note').text()).toContain('12 or more articles')
  })

  it('holds the rows’ place before the first rows arrive, and shows an error as an alert', async () => {
    const page = mountHome(null)
    expect(page.find('.rows-placeholder').exists()).toBe(true)
    expect(page.find('section.rec-row').exists()).toBe(false)
    recs.error = 'Folio could not make suggestions.'
    await flushPromises()
    expect(page.find('[role="alert"]').text()).toBe('Folio could not make suggestions.')
    expect(page.find('.rows-placeholder').exists()).toBe(false)
  })
})
