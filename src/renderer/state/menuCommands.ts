import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../shared/ipc/contract'

type Listener = () => void

const listeners = new Map<MenuCommand, Set<Listener>>()

/** Hands an application-menu command to the components that registered for it; false when none did. */
export function dispatchMenuCommand(command: MenuCommand): boolean {
  const registered = listeners.get(command)
  if (!registered || registered.size === 0) return false
  for (const listener of [...registered]) listener()
  return true
}

/** Runs `handler` whenever the menu sends `command`, for as long as the component is mounted. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    const listener: Listener = () => latest.current()
    let set = listeners.get(command)
    if (!set) listeners.set(command, (set = new Set()))
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }, [command])
}
