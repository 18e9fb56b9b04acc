import { geoEquirectangular, geoPath, type GeoPermissibleObjects } from 'd3-geo'

/**
 * 2048 × 1024: about 20 km per texel, finer than the reach grid (55 km); the
 * coastlines drawn on top hide the mask's edge.
 */
export const LAND_MASK_WIDTH = 2048

/**
 * The land as a mask (white on black), equirectangular from 180°W with north
 * at the top like the Earth's own texture: the reach layer colours the land
 * only, and the sea keeps the Earth's colour.
 */
export function paintLandMask(land: GeoPermissibleObjects, width = LAND_MASK_WIDTH): HTMLCanvasElement {
  const height = width / 2
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) return canvas
  context.fillStyle = '#000000'
  context.fillRect(0, 0, width, height)
  const projection = geoEquirectangular()
    .scale(width / (2 * Math.PI))
    .translate([width / 2, height / 2])
    .precision(0.5)
  context.beginPath()
  geoPath(projection, context)(land)
  context.fillStyle = '#ffffff'
  context.fill()
  return canvas
}
