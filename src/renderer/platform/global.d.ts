import type { InfraGlobeApi } from '../../shared/api'

declare global {
  interface Window {
    /** Exposed by the desktop preload (API_GLOBAL); absent in the web edition. */
    infraglobe?: InfraGlobeApi
  }
}

export {}
