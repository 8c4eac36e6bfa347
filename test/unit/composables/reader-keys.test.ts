// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { readerKeyAction } from '@/composables/reader-keys'

const press = (key: string, extra: Partial<KeyboardEvent> = {}, target: EventTarget | null = document.body) =>
  readerKeyAction({ key, ctrlKey: false, metaKey: false, altKey: false, target, ...extra })

describe('reader keys', () => {
  it('maps j/k, arrows and +/- to the reader actions', () => {
    expect(['j', 'ArrowRight', 'k', 'ArrowLeft', '+', '=', '-'].map((key) => press(key))).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'bigger',
      'bigger',
      'smaller',
    ])
    expect(press('x')).toBeNull()
    expect(press('ArrowDown')).toBeNull() // scrolling stays the browser's
  })

  it('does nothing while typing or with a modifier (browser zoom, shortcuts)', () => {
    expect(press('j', {}, document.createElement('input'))).toBeNull()
    expect(press('k', {}, document.createElement('textarea'))).toBeNull()
    expect(press('+', { ctrlKey: true })).toBeNull()
    expect(press('-', { metaKey: true })).toBeNull()
  })
})
