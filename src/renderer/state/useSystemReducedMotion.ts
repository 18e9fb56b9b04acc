import { useEffect } from 'react'
import { useAppStore } from './store'

const QUERY = '(prefers-reduced-motion: reduce)'

/** Follows the system's reduced-motion setting, live: a change applies without a restart. */
export function useSystemReducedMotion(): void {
  const setReducedMotion = useAppStore((s) => s.setReducedMotion)
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return
    const media = window.matchMedia(QUERY)
    const apply = () => setReducedMotion(media.matches)
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [setReducedMotion])
}
