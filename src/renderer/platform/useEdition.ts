import { useEffect, useState } from 'react'
import { usePlatform } from './PlatformContext'

/** 'web' or 'desktop' once the platform has said; null until then. */
export function useEdition(): 'web' | 'desktop' | null {
  const api = usePlatform()
  const [edition, setEdition] = useState<'web' | 'desktop' | null>(null)
  useEffect(() => {
    let live = true
    api.appInfo().then(
      (info) => live && setEdition(info.edition),
      () => {},
    )
    return () => {
      live = false
    }
  }, [api])
  return edition
}
