import { computed, ref } from 'vue'

/** Chrome's install event (not yet in lib.dom). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>
}

export interface PlatformHints {
  userAgent: string
  platform: string
  maxTouchPoints: number
  /** Safari's non-standard flag, true when launched from the home screen. */
  standalone?: boolean
  displayModeStandalone: boolean
}

/** iPhone, iPod and iPad (iPadOS reports itself as a Mac with a touch screen). */
export function isIos({ userAgent, platform, maxTouchPoints }: PlatformHints): boolean {
  return /iPad|iPhone|iPod/.test(userAgent) || (platform === 'MacIntel' && maxTouchPoints > 1)
}

export function isStandalone(hints: PlatformHints): boolean {
  return hints.displayModeStandalone || hints.standalone === true
}

/** Safari is the only iOS browser that can add a web app to the home screen with a manifest. */
export function needsIosInstallSteps(hints: PlatformHints): boolean {
  const isSafari = /Safari/.test(hints.userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(hints.userAgent)
  return isIos(hints) && isSafari && !isStandalone(hints)
}

function readHints(): PlatformHints {
  return {
    userAgent: navigator.userAgent,
    platform: navigator.platform,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: (navigator as Navigator & { standalone?: boolean }).standalone,
    displayModeStandalone: window.matchMedia('(display-mode: standalone)').matches,
  }
}

const deferred = ref<BeforeInstallPromptEvent | null>(null)
const installed = ref(false)
const standalone = ref(false)
const iosSteps = ref(false)

/** Call once, before the app mounts, so the browser's early event is not missed. */
export function captureInstallPrompt(): void {
  const hints = readHints()
  standalone.value = isStandalone(hints)
  iosSteps.value = needsIosInstallSteps(hints)
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault() // keep it for our own Install button
    deferred.value = event as BeforeInstallPromptEvent
  })
  window.addEventListener('appinstalled', () => {
    installed.value = true
    deferred.value = null
  })
  window.matchMedia('(display-mode: standalone)').addEventListener('change', (event) => {
    standalone.value = event.matches
  })
}

export function useInstallPrompt() {
  const canInstall = computed(() => deferred.value !== null && !standalone.value)
  const showIosSteps = computed(() => iosSteps.value && !standalone.value)

  /** Shows the browser's install dialog; true when the person accepted. */
  async function install(): Promise<boolean> {
    const event = deferred.value
    if (!event) return false
    deferred.value = null // the event can be used only once
    await event.prompt()
    const { outcome } = await event.userChoice
    return outcome === 'accepted'
  }

  return { canInstall, showIosSteps, isStandalone: computed(() => standalone.value), installed, install }
}
