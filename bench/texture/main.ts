import { palette } from '../../src/renderer/theme/palette'
import { landTextureUrl } from './landTexture'

/**
 * Run once per benchmark, before any measurement: draws the globe.gl page's Earth texture from
 * the bundled world-atlas shapes in InfraGlobe's colours. The benchmark saves the PNG next to the
 * comparison page, which then loads it as a plain image file, the way globe.gl is normally used.
 */
window.__benchTexture = landTextureUrl({
  ocean: palette.ocean,
  land: palette.land,
  coastline: palette.coastline,
  graticule: palette.graticule,
})

declare global {
  interface Window {
    __benchTexture?: string
  }
}
