// @vitest-environment jsdom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupFileName } from '@/backup/export'
import BackupSettings from '@/components/settings/BackupSettings.vue'
import { useLibraryStore } from '@/stores/library'
import { freshPinia, mountWith } from '../components/mount'
import { resetIndexedDb } from '../db/reset'
import { exportedFile, fillLibrary, snapshot } from './library'

// jsdom's Blob has no text() (every browser's has): read it with a FileReader instead.
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader()
        reader.onload = () => resolve(reader.result as string)
        reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
        reader.readAsText(this)
      })
    },
  })
}

/** Waits until the component's async work (IndexedDB, sanitizing, yields) has settled on `done`. */
async function until(done: () => boolean): Promise<void> {
  await vi.waitFor(
    async () => {
      await flushPromises()
      if (!done()) throw new Error('not yet')
    },
    { timeout: 10_000 }, // a restore takes most of a second here, more on a busy machine
  )
}

function button(wrapper: VueWrapper, name: string) {
  return wrapper.findAll('button').find((candidate) => candidate.text() === name) ?? expect.fail(`no button “${name}”`)
}

/** Chooses `text` as the file in the restore picker. */
async function pick(wrapper: VueWrapper, text: string, name = 'folio-backup-2023-11-14.json'): Promise<void> {
  const input = wrapper.find('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
}

describe('BackupSettings', () => {
  let wrapper: VueWrapper
  beforeEach(async () => {
    await resetIndexedDb()
    wrapper = mountWith(BackupSettings, freshPinia())
  })
  afterEach(() => {
    wrapper.unmount()
    vi.restoreAllMocks()
  })

  it('labels its controls', () => {
    expect(wrapper.find('h2').text()).toBe('Backup')
    expect(wrapper.find('label').text()).toBe('Restore from backup…')
    expect(wrapper.find('label input[type="file"]').attributes('accept')).toContain('application/json')
  })

  it('exports the library as a dated JSON download and revokes its Blob URL afterwards', async () => {
    await fillLibrary()
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:backup'
    })
    const revokeObjectURL = vi.fn()
    URL.revokeObjectURL = revokeObjectURL
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    const timers = vi.spyOn(globalThis, 'setTimeout')
    await button(wrapper, 'Export backup').trigger('click')
    await until(() => clicked.length > 0)
    const fileName = backupFileName(new Date())
    expect(clicked[0]?.download).toBe(fileName)
    expect(clicked[0]?.href).toBe('blob:backup')
    expect(blobs[0]?.type).toBe('application/json')
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ format: 'folio-backup', version: 1 })
    await until(() => wrapper.find('[role="status"]').text() !== '')
    expect(wrapper.find('[role="status"]').text()).toMatch(new RegExp(`^Exported 3 articles \\([\\d.]+ KB\\) to ${fileName}\\.$`))
    const revoke = timers.mock.calls.find(([, delay]) => delay === 40_000)?.[0] as () => void
    revoke()
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:backup')
  })
  it('refuses a backup from a newer Folio with an alert, and changes nothing', async () => {
    await fillLibrary()
    const before = await snapshot()
    await pick(wrapper, JSON.stringify({ ...(await exportedFile()), version: 2 }))
    await until(() => wrapper.find('[role="alert"]').exists())
    expect(wrapper.find('[role="alert"]').text()).toBe('This backup was made by a newer Folio (format version 2). Update Folio to restore it. Your library is unchanged.')
    expect(document.activeElement).toBe(wrapper.find('[role="alert"]').element.parentElement)
    expect(wrapper.find('[role="group"]').exists()).toBe(false)
    expect(await snapshot()).toEqual(before)
  })

  it('names the first bad field of a damaged file', async () => {
    await pick(wrapper, '{"format":"folio-backup","version":1}')
    await until(() => wrapper.find('[role="alert"]').exists())
    expect(wrapper.find('[role="alert"]').text()).toBe('This backup cannot be restored: exportedAt must be an RFC 3339 date (it is missing). Your library is unchanged.')
  })

  it('asks before replacing the library, keeps it when told to, and restores when confirmed', async () => {
    await fillLibrary()
    const file = JSON.stringify(await exportedFile())
    await resetIndexedDb()
    await pick(wrapper, file)
    await until(() => wrapper.find('[role="group"]').exists())
    const warning = wrapper.find('[role="group"] p')
    expect(wrapper.find('[role="group"]').attributes('aria-labelledby')).toBe(warning.attributes('id'))
    expect(warning.text()).toMatch(/^Restoring “folio-backup-2023-11-14\.json” replaces your whole library \(0 articles\) with the 3 articles of this backup from .*2023.*\. Your current articles, reading history and settings will be gone\.$/)
    expect(document.activeElement).toBe(warning.element)

    await button(wrapper, 'Keep my library').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toBe('Restore cancelled: your library is unchanged.')
    expect(document.activeElement).toBe(wrapper.find('input[type="file"]').element)
    expect((await snapshot()).articles).toEqual([])

    await pick(wrapper, file)
    await until(() => wrapper.find('[role="group"]').exists())
    await button(wrapper, 'Replace my library').trigger('click')
    await until(() => wrapper.find('[role="status"]').text().startsWith('Restored 3'))
    expect(wrapper.find('[role="status"]').text()).toBe('Restored 3 articles, 2 sources, 5 reading events, 2 reading positions and 6 settings.')
    expect(useLibraryStore().total).toBe(3)
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })
})
