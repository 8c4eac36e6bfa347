// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import TrainerPanel from '@/components/reader/TrainerPanel.vue'
import type { TrainerValue } from '@/recs/recs-view'
import { useRecsStore } from '@/stores/recs'
import { freshPinia, mountWith } from '../mount'

const values: TrainerValue[] = [
  { value: 'length:long', kind: 'Length', label: 'Long reads' },
  { value: 'tone:somber', kind: 'Tone', label: 'Somber' },
  { value: 'tag:whaling', kind: 'Tag', label: 'whaling' },
  { value: 'tag:sea', kind: 'Tag', label: 'sea' },
]

async function mountPanel() {
  const pinia = freshPinia()
  const recs = useRecsStore()
  vi.spyOn(recs, 'trainerValues').mockResolvedValue(values)
  vi.spyOn(recs, 'refresh').mockResolvedValue()
  vi.spyOn(recs, 'loadSettings').mockResolvedValue()
  // The real action saves and refreshes; here it only records the thumb.
  vi.spyOn(recs, 'setThumb').mockImplementation((value, thumb) => {
    const { [value]: _previous, ...others } = recs.thumbs
    recs.thumbs = thumb === null ? others : { ...others, [value]: thumb }
    return Promise.resolve()
  })
  const panel = mountWith(TrainerPanel, pinia, { props: { id: 'moby-1' } })
  await flushPromises()
  const button = (name: string) => panel.findAll('button').find((candidate) => candidate.text() === name)!
  return { panel, recs, button }
}

describe('TrainerPanel', () => {
  it('lists the article’s values grouped by kind, under a heading, with the rule in one line', async () => {
    const { panel, recs } = await mountPanel()
    expect(recs.trainerValues).toHaveBeenCalledWith('moby-1')
    expect(recs.loadSettings).toHaveBeenCalledOnce() // reads the thumbs
    expect(recs.refresh).not.toHaveBeenCalled() // without computing the home rows
    expect(panel.find('h2').text()).toBe('Tune your suggestions')
    expect(panel.text()).toContain('A thumbs down always hides')
    expect(panel.findAll('h3').map((heading) => heading.text())).toEqual(['Length', 'Tone', 'Tag'])
    expect(panel.findAll('.group')[2]!.findAll('.label').map((label) => label.text())).toEqual(['whaling', 'sea'])
    panel.unmount()
  })

  it('sets a thumb, shows it pressed, and clears it when pressed again', async () => {
    const { panel, recs, button } = await mountPanel()
    const up = button('Thumbs up: Long reads (Length)')
    expect(up.attributes('aria-pressed')).toBe('false')
    await up.trigger('click')
    await flushPromises()
    expect(recs.setThumb).toHaveBeenLastCalledWith('length:long', 1)
    expect(up.attributes('aria-pressed')).toBe('true')
    expect(panel.find('[role="status"]').text()).toContain('Thumbs up for Long reads')

    await up.trigger('click')
    await flushPromises()
    expect(recs.setThumb).toHaveBeenLastCalledWith('length:long', null)
    expect(up.attributes('aria-pressed')).toBe('false')

    const down = button('Thumbs down: Somber (Tone)')
    await down.trigger('click')
    await flushPromises()
    expect(recs.setThumb).toHaveBeenLastCalledWith('tone:somber', -1)
    expect(down.attributes('aria-pressed')).toBe('true')
    expect(button('Thumbs up: Somber (Tone)').attributes('aria-pressed')).toBe('false')
    panel.unmount()
  })
})
