// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import TasteSettings from '@/components/settings/TasteSettings.vue'
import { useRecsStore } from '@/stores/recs'
import { useTopicsStore } from '@/stores/topics'
import { freshPinia, mountWith } from '../mount'

async function mountSettings() {
  const pinia = freshPinia()
  const recs = useRecsStore()
  vi.spyOn(recs, 'refresh').mockResolvedValue()
  vi.spyOn(recs, 'loadSettings').mockResolvedValue()
  for (const action of ['setThumb', 'followGenre', 'hideGenre', 'setHalfLife'] as const) vi.spyOn(recs, action).mockResolvedValue()
  vi.spyOn(useTopicsStore(), 'load').mockResolvedValue(true)
  recs.thumbs = { 'length:long': 1, 'topic-key:3': -1 }
  recs.followedGenres = ['1860s-long-topic-3']
  recs.hiddenGenres = ['by-melville-0badcafe']
  recs.halfLifeDays = 14
  const settings = mountWith(TasteSettings, pinia)
  await flushPromises()
  const button = (name: string) => settings.findAll('button').find((candidate) => candidate.text() === name) ?? expect.fail(`no button ${name} in ${settings.findAll('button').map((b) => JSON.stringify(b.text())).join(', ')}`)
  return { settings, recs, button }
}

describe('TasteSettings', () => {
  it('loads the taste settings and sets the half-life from a labelled select', async () => {
    const { settings, recs } = await mountSettings()
    expect(recs.loadSettings).toHaveBeenCalledOnce()
    expect(recs.refresh).not.toHaveBeenCalled() // no rows are computed for the Settings page
    const select = settings.find('select')
    expect(settings.find(`label[for="${select.attributes('id')}"]`).exists()).toBe(true)
    expect((select.element as HTMLSelectElement).value).toBe('14')
    await select.setValue('30')
    expect(recs.setHalfLife).toHaveBeenCalledWith(30)
    settings.unmount()
  })

  it('lists thumbs in words and removes one', async () => {
    const { settings, recs, button } = await mountSettings()
    expect(settings.text()).toContain('Length: long')
    expect(settings.text()).toContain('Topic: 3')
    await button('Remove Length: long').trigger('click')
    expect(recs.setThumb).toHaveBeenCalledWith('length:long', null)
    expect(settings.find('[role="status"]').text()).toBe('Removed your thumb for Length: long.')
    settings.unmount()
  })

  it('unfollows and shows again genres by their readable slugs', async () => {
    const { settings, recs, button } = await mountSettings()
    expect(settings.find('a[href="/genre/1860s-long-topic-3"]').text()).toBe('1860s long topic 3')
    expect(settings.find('a[href="/genre/by-melville-0badcafe"]').text()).toBe('By melville')
    await button('Unfollow 1860s long topic 3').trigger('click')
    expect(recs.followGenre).toHaveBeenCalledWith('1860s-long-topic-3', false)
    await button('Show again By melville').trigger('click')
    expect(recs.hideGenre).toHaveBeenCalledWith('by-melville-0badcafe', false)
    settings.unmount()
  })
})
