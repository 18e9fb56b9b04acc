import { useEffect, type RefObject } from 'react'

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',')

/**
 * Modal focus handling: focus moves into the dialog when it opens, Tab and
 * Shift+Tab cycle inside it, Escape closes it, and focus returns to where it
 * was when the dialog closes. The rest of the page should also be `inert`
 * while the dialog is open; this hook covers browsers and tests without it.
 * `onClose` must be stable (memoised), or the dialog would re-take focus on every render.
 */
export function useDialogFocus(dialog: RefObject<HTMLElement | null>, onClose: () => void): void {
  useEffect(() => {
    const node = dialog.current
    if (!node) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    node.focus()

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        onClose()
        return
      }
      if (event.key !== 'Tab') return
      // Move focus ourselves rather than trust the browser's order, so it can
      // neither leave the dialog nor land on the page behind it.
      event.preventDefault()
      const items = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)]
      if (items.length === 0) return
      const at = items.indexOf(document.activeElement as HTMLElement)
      const step = event.shiftKey ? -1 : 1
      const next = at === -1 ? (event.shiftKey ? items.length - 1 : 0) : (at + step + items.length) % items.length
      items[next]?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      if (previous?.isConnected) previous.focus()
    }
  }, [dialog, onClose])
}
