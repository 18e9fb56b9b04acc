import { API_GLOBAL, type InfraGlobeApi } from '../../shared/api'

/** The desktop edition: the API object the preload exposed over the context bridge. */
export function createPlatform(): InfraGlobeApi {
  const api = window.infraglobe
  if (!api) {
    throw new Error(
      `InfraGlobe cannot start: the preload script did not expose window.${API_GLOBAL}. ` +
        'Check that the window loads the preload and that its context bridge call succeeded.',
    )
  }
  return api
}
