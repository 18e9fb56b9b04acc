import { geoEquirectangular, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo'
import type { Palette } from '../theme/palette'

/** 4096 × 2048: about 10 km per texel at the equator; coastlines are drawn as vectors on top. */
export const LAND_TEXTURE_WIDTH = 4096

/** The land as a coverage mask (landMaterial.ts colours it): white land on black ocean. */
export const LAND_MASK_COLOURS = { ocean: '#000000', land: '#ffffff' } as const

/**
 * The land's outline in the texture's pixels (equirectangular, x from 180°W
 * to 180°E, north at the top), held by the browser as a Path2D: a repaint in
 * other colours needs neither the GeoJSON nor its ~3 MB of coordinate arrays
 * on the JavaScript heap.
 */
export function landOutline(land: GeoPermissibleObjects, width = LAND_TEXTURE_WIDTH): Path2D {
  const projection = geoEquirectangular()
    .scale(width / (2 * Math.PI))
    .translate([width / 2, width / 4])
    .precision(0.2)
  const outline = new Path2D()
  geoPath(projection, pathContext(outline))(land)
  return outline
}

/** d3-geo draws into anything with a canvas context's path methods; a Path2D has all but beginPath, which d3 never calls. */
function pathContext(path: Path2D): GeoContext {
  return {
    beginPath: () => {},
    moveTo: (x, y) => path.moveTo(x, y),
    lineTo: (x, y) => path.lineTo(x, y),
    closePath: () => path.closePath(),
    arc: (x, y, radius, start, end, anticlockwise) => path.arc(x, y, radius, start, end, anticlockwise),
  }
}

/**
 * Paints ocean and land into an equirectangular canvas (a new one, or `canvas` again)
 * from landOutline's path for the same width: the Earth's mask with LAND_MASK_COLOURS. The sphere's UVs are laid out to match (see
 * Earth.tsx), which keeps the land where toVector puts the markers.
 */
export function paintLandCanvas(
  outline: Path2D,
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
  context.fillStyle = colours.land
  context.fill(outline)
  return canvas
}
