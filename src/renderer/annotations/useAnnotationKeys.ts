import { useEffect } from 'react'
import { useAnnotationStore } from './annotationStore'

/** Where typing belongs to the element: its own undo, Delete and Enter must not reach the annotations. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset', 'image', 'file'].includes(target.type)
}

/**
 * The annotations' keys, on the window so they work wherever the focus is
 * except in a text field (which keeps its own undo: in the desktop app the
 * Edit menu's undo reaches only focused text fields):
 * Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo, Delete / Backspace
 * delete the selected annotation, F2 edits its text, Escape puts the tool
 * down, ends a drag or clears the selection.
 */
export function handleAnnotationKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || isTextEntry(event.target)) return false
  const store = useAnnotationStore.getState()
  const command = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (command && !event.altKey && key === 'z') {
    if (event.shiftKey ? !store.canRedo() : !store.canUndo()) return false
    if (event.shiftKey) store.redo()
    else store.undo()
    return true
  }
  if (command && !event.altKey && !event.shiftKey && key === 'y') {
    if (!store.canRedo()) return false
    store.redo()
    return true
  }
  if (command || event.altKey) return false
  switch (event.key) {
    case 'Delete':
    case 'Backspace':
      if (store.selectedId === null) return false
      store.remove(store.selectedId)
      return true
    case 'F2':
      if (store.selectedId === null) return false
      store.startEditing(store.selectedId)
      return true
    case 'Escape':
      if (store.gestureBase) store.cancelGesture()
      else if (store.tool || store.draft) store.setTool(null)
      else if (store.selectedId !== null) store.select(null)
      else return false
      return true
    default:
      return false
  }
}

export function useAnnotationKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (handleAnnotationKey(event)) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
