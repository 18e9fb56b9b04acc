import type { PresentationCommand } from '../../shared/presentation/messages'

/**
 * What a key does in presenter mode; clickers send PageDown / PageUp (some
 * send arrows, Space, F5, Escape, and B or "." for the black screen, as
 * slide software has it).
 */
export type PresenterKeyAction = PresentationCommand

export function presenterKeyAction(key: string): PresenterKeyAction | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Spacebar':
      return 'next'
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'Escape':
      return 'leave'
    case 'b':
    case 'B':
    case '.':
      return 'blank'
    default:
      return null
  }
}

/** Typing in a field is never a command. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(target.type)
}
