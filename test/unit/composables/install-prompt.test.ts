import { describe, expect, it } from 'vitest'
import { isIos, isStandalone, needsIosInstallSteps, type PlatformHints } from '@/composables/install-prompt'

const iphoneSafari = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const iphoneChrome = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1'
const ipadDesktopMode = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'
const androidChrome = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'

const hints = (overrides: Partial<PlatformHints>): PlatformHints => ({
  userAgent: iphoneSafari,
  platform: 'iPhone',
  maxTouchPoints: 5,
  standalone: false,
  displayModeStandalone: false,
  ...overrides,
})

describe('install prompt platform detection', () => {
  it('recognises iPhone and iPadOS in desktop mode, not Android or a Mac', () => {
    expect(isIos(hints({}))).toBe(true)
    expect(isIos(hints({ userAgent: ipadDesktopMode, platform: 'MacIntel', maxTouchPoints: 5 }))).toBe(true)
    expect(isIos(hints({ userAgent: ipadDesktopMode, platform: 'MacIntel', maxTouchPoints: 0 }))).toBe(false)
    expect(isIos(hints({ userAgent: androidChrome, platform: 'Linux armv8l' }))).toBe(false)
  })

  it('shows the Add to Home Screen steps only in iOS Safari outside standalone mode', () => {
    expect(needsIosInstallSteps(hints({}))).toBe(true)
    expect(needsIosInstallSteps(hints({ userAgent: iphoneChrome }))).toBe(false)
    expect(needsIosInstallSteps(hints({ standalone: true }))).toBe(false)
    expect(needsIosInstallSteps(hints({ userAgent: androidChrome, platform: 'Linux armv8l' }))).toBe(false)
  })

  it('detects standalone from the display mode or Safari’s flag', () => {
    expect(isStandalone(hints({ displayModeStandalone: true }))).toBe(true)
    expect(isStandalone(hints({ standalone: true }))).toBe(true)
    expect(isStandalone(hints({}))).toBe(false)
  })
})
