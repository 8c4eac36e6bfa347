// @vitest-environment jsdom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import OnboardingStep from '@/components/home/OnboardingStep.vue'
import type { OnboardingView } from '@/recs/recs-view'
import { useRecsStore } from '@/stores/recs'
import { freshPinia, mountWith } from '../mount'

const view: OnboardingView = {
  topics: [
    { key: 3, title: 'whale · ship · sea', words: ['whale', 'ship', 'sea', 'boat', 'captain'], sampleTitles: ['Chapter 1', 'Chapter 2'] },
    { key: 7, title: 'Union', words: ['union', 'states', 'war', 'congress', 'peace'], sampleTitles: ['1862 address', '1863 address'] },
  ],
  lengths: [
    { value: 'length:quick', label: 'Quick reads (under 5 min)', count: 12 },
    { value: 'length:long', label: 'Long reads (20 min or more)', count: 30 },
  ],
}

describe('OnboardingStep', () => {
  let wrapper: VueWrapper | null = null
  afterEach(() => wrapper?.unmount())

  async function mountStep() {
    const pinia = freshPinia()
    const recs = useRecsStore()
    vi.spyOn(recs, 'onboarding').mockResolvedValue(view)
    vi.spyOn(recs, 'completeOnboarding').mockResolvedValue()
    wrapper = mountWith(OnboardingStep, pinia)
    await flushPromises()
    return { step: wrapper, recs }
  }

  it('offers each topic with its words and sample titles, and each length with its count, in labelled fieldsets', async () => {
    const { step } = await mountStep()
    const legends = step.findAll('legend').map((legend) => legend.text())
    expect(legends).toEqual(['Topics in your library', 'Lengths'])
    const topic = step.find('input[value="topic-key:3"]')
    const name = document.getElementById(topic.attributes('aria-labelledby')!)!
    const about = document.getElementById(topic.attributes('aria-describedby')!)!
    expect(name.textContent).toBe('whale · ship · sea')
    // The title already shows the first three words: the rest follow, not all five again.
    expect(about.textContent).toContain('also boat · captain')
    expect(about.textContent).not.toContain('whale')
    const renamed = document.getElementById(step.find('input[value="topic-key:7"]').attributes('aria-describedby')!)!
    expect(renamed.textContent).toContain('also union · states · war · congress · peace')
    expect(about.textContent).toContain('“Chapter 1”')
    expect(about.textContent).toContain('“Chapter 2”')
    const length = step.find('input[value="length:long"]')
    expect(step.find(`label[for="${length.attributes('id')}"]`).text()).toBe('Long reads (20 min or more) (30)')
  })

  it('passes the picked topic keys and lengths, then says it is done', async () => {
    const { step, recs } = await mountStep()
    await step.find('input[value="topic-key:7"]').setValue(true)
    await step.find('input[value="length:quick"]').setValue(true)
    await step.find('form').trigger('submit')
    await flushPromises()
    expect(recs.completeOnboarding).toHaveBeenCalledWith(['topic-key:7', 'length:quick'])
    expect(step.emitted('done')).toHaveLength(1)
  })

  it('asks for a pick rather than submitting none', async () => {
    const { step, recs } = await mountStep()
    await step.find('form').trigger('submit')
    expect(recs.completeOnboarding).not.toHaveBeenCalled()
    expect(step.find('[role="alert"]').text()).toContain('Pick at least one')
  })

  it('skips with null', async () => {
    const { step, recs } = await mountStep()
    await step.find('input[value="topic-key:3"]').setValue(true)
    await step.findAll('button').find((button) => button.text() === 'Skip')!.trigger('click')
    await flushPromises()
    expect(recs.completeOnboarding).toHaveBeenCalledWith(null)
    expect(step.emitted('done')).toHaveLength(1)
  })
})
