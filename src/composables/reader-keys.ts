import { onScopeDispose } from 'vue'

export interface ReaderKeyActions {
  next(): void
  previous(): void
  bigger(): void
  smaller(): void
}

/** j / → next article, k / ← previous, + / = bigger text, − smaller; never while typing. */
export function readerKeyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): keyof ReaderKeyActions | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const target = event.target as HTMLElement | null
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return null
  switch (event.key) {
    case 'j':
    case 'ArrowRight':
      return 'next'
    case 'k':
    case 'ArrowLeft':
      return 'previous'
    case '+':
    case '=':
      return 'bigger'
    case '-':
      return 'smaller'
    default:
      return null
  }
}

/** Listens for the reader's keys while the calling scope lives. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const listener = (event: KeyboardEvent): void => {
    const action = readerKeyAction(event)
    if (!action) return
    event.preventDefault()
    actions[action]()
  }
  window.addEventListener('keydown', listener)
  onScopeDispose(() => window.removeEventListener('keydown', listener))
}
