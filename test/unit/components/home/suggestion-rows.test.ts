// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SuggestionRows from '@/components/home/SuggestionRows.vue'
import { useRecsStore } from '@/stores/recs'
import { card, freshPinia, mountWith, row } from '../mount'

describe('SuggestionRows', () => {
  it('moves focus to the first row heading once the rows arrive (after onboarding)', async () => {
    const pinia = freshPinia()
    const recs = useRecsStore()
    const wrapper = mountWith(SuggestionRows, pinia)
    ;(wrapper.vm as unknown as { focusFirstRow: () => void }).focusFirstRow()
    await flushPromises()
    expect(document.activeElement).toBe(document.body)

    recs.home = { stage: 'cold-start', articleCount: 20, hasModel: true, rows: [row('sampler', [card('a', 'A bit of everything')], { title: 'A sampler' })] }
    await flushPromises()
    expect(document.activeElement?.textContent).toBe('A sampler')
    expect(document.activeElement?.tagName).toBe('H2')
    wrapper.unmount()
  })

  it('says so when there is nothing left to suggest', async () => {
    const pinia = freshPinia()
    useRecsStore().home = { stage: 'profile', articleCount: 20, hasModel: true, rows: [] }
    const wrapper = mountWith(SuggestionRows, pinia)
    await flushPromises()
    expect(wrapper.text()).toContain('Nothing to suggest right now')
    wrapper.unmount()
  })
})
