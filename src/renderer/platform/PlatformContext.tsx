import { createContext, useContext, type ReactNode } from 'react'
import type { InfraGlobeApi } from '../../shared/api'

const PlatformContext = createContext<InfraGlobeApi | null>(null)

/** Makes the platform API reachable from any component (copy buttons, export, lesson files). */
export function PlatformProvider({ api, children }: { api: InfraGlobeApi; children: ReactNode }) {
  return <PlatformContext.Provider value={api}>{children}</PlatformContext.Provider>
}

/** The platform API; a component outside the provider is a programming error. */
export function usePlatform(): InfraGlobeApi {
  const api = useContext(PlatformContext)
  if (!api) throw new Error('usePlatform() needs a <PlatformProvider> above it')
  return api
}
