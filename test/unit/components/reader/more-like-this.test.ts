// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import MoreLikeThis from '@/components/reader/MoreLikeThis.vue'
import { useRecsStore } from '@/stores/recs'
import { card, freshPinia, mountWith } from '../mount'

describe('MoreLikeThis', () => {
  it('shows up to six similar articles with their reasons, and reloads for another article', async () => {
    const pinia = freshPinia()
    const recs = useRecsStore()
    vi.spyOn(recs, 'moreLikeThis').mockImplementation((id) => Promise.resolve([card(`${id}-near`, `Close to “${id}”`)]))
    const section = mountWith(MoreLikeThis, pinia, { props: { id: 'one' } })
    await flushPromises()
    expect(recs.moreLikeThis).toHaveBeenCalledWith('one', 6)
    const heading = section.find('h2')
    expect(heading.text()).toBe('More like this')
    expect(section.attributes('aria-labelledby')).toBe(heading.attributes('id'))
    expect(section.find('h3 a').attributes('href')).toBe('/article/one-near')
    expect(section.text()).toContain('Close to “one”')

    await section.setProps({ id: 'two' })
    await flushPromises()
    expect(recs.moreLikeThis).toHaveBeenLastCalledWith('two', 6)
    expect(section.text()).toContain('Close to “two”')
    expect(section.text()).not.toContain('Close to “one”')
    section.unmount()
  })

  it('leaves the section out when nothing is similar', async () => {
    const pinia = freshPinia()
    vi.spyOn(useRecsStore(), 'moreLikeThis').mockResolvedValue([])
    const section = mountWith(MoreLikeThis, pinia, { props: { id: 'alone' } })
    await flushPromises()
    expect(section.find('h2').exists()).toBe(false)
    section.unmount()
  })
})
