import { geoEquirectangular, geoPath, type GeoPermissibleObjects } from 'd3-geo'
import type { Palette } from '../theme/palette'

/** 4096 × 2048: about 10 km per texel at the equator; coastlines are drawn as vectors on top. */
export const LAND_TEXTURE_WIDTH = 4096

/**
 * Paints ocean and land into an equirectangular canvas (a new one, or `canvas` again on a change of theme): x from 180°W to
 * 180°E, north at the top. The sphere's UVs are laid out to match (see
 * Earth.tsx), which keeps the land where toVector puts the markers.
 */
export function paintLandCanvas(
  land: GeoPermissibleObjects,
  colours: Pick<Palette, 'ocean' | 'land'>,
  width = LAND_TEXTURE_WIDTH,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): HTMLCanvasElement {
  const height = width / 2
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) return canvas
  context.fillStyle = colours.ocean
  context.fillRect(0, 0, width, height)
  const projection = geoEquirectangular()
    .scale(width / (2 * Math.PI))
    .translate([width / 2, height / 2])
    .precision(0.2)
  const path = geoPath(projection, context)
  context.beginPath()
  path(land)
  context.fillStyle = colours.land
  context.fill()
  return canvas
}
