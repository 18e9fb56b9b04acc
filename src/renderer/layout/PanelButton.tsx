import { useEffect, useRef } from 'react'
import { SIDE_PANEL_ID, useDrawerStore } from './drawerStore'
import { useWindowLayout } from './useWindowLayout'

/**
 * Opens and closes the side panel's drawer (only while the window is too
 * narrow to dock it). Opening moves the focus to the panel's current tab;
 * closing from inside the panel gives it back to this button.
 */
export function PanelButton() {
  const layout = useWindowLayout()
  const open = useDrawerStore((s) => s.open)
  const toggle = useDrawerStore((s) => s.toggle)
  const button = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(open)

  useEffect(() => {
    const previously = wasOpen.current
    wasOpen.current = open
    if (layout.panel !== 'drawer' || previously === open) return
    const panel = document.getElementById(SIDE_PANEL_ID)
    if (open) {
      panel?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus()
    } else if (!document.activeElement || document.activeElement === document.body || panel?.contains(document.activeElement)) {
      button.current?.focus()
    }
  }, [open, layout.panel])

  if (layout.panel !== 'drawer') return null
  return (
    <button
      ref={button}
      type="button"
      className="button globe-toolbar__panel"
      aria-expanded={open}
      aria-controls={SIDE_PANEL_ID}
      title={open ? 'Close the panel (Esc)' : 'Open the panel: regions, compare, latency, lesson'}
      onClick={toggle}
    >
      Panel
    </button>
  )
}
