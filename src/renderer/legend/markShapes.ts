/**
 * The shapes of the edge and zone marks, so that the globe, the on-screen
 * legend and an exported legend draw the same figure: an edge location is a
 * triangle, a regional edge cache a diamond, a Local Zone a square and a
 * Wavelength Zone a plus. Kinds differ by shape, not only by colour.
 */
export type MarkShape = 'triangle' | 'diamond' | 'square' | 'plus'

export const MARK_SHAPES: readonly MarkShape[] = ['triangle', 'diamond', 'square', 'plus']

/** The shader's number for each shape (the per-instance `aShape` attribute). */
export const markShapeIndex: Readonly<Record<MarkShape, number>> = { triangle: 0, diamond: 1, square: 2, plus: 3 }

/** Arm half-width of the plus, as a share of its radius (the shader uses the same). */
export const PLUS_ARM = 0.38

/**
 * The outline of a shape of radius r centred on the origin, y down (screen
 * and SVG coordinates), as polygon corners.
 */
export function markPolygon(shape: MarkShape, r: number): [number, number][] {
  switch (shape) {
    case 'triangle':
      // Upright, its centroid on the centre: apex at -r, base at r/2.
      return [
        [0, -r],
        [r * 0.866, r * 0.5],
        [-r * 0.866, r * 0.5],
      ]
    case 'diamond':
      return [
        [0, -r],
        [r, 0],
        [0, r],
        [-r, 0],
      ]
    case 'square': {
      const h = r * 0.8
      return [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]
    }
    case 'plus': {
      const a = r * PLUS_ARM
      return [
        [-a, -r],
        [a, -r],
        [a, -a],
        [r, -a],
        [r, a],
        [a, a],
        [a, r],
        [-a, r],
        [-a, a],
        [-r, a],
        [-r, -a],
        [-a, -a],
      ]
    }
  }
}

/** The polygon as an SVG path, centred on (cx, cy). */
export function markPath(shape: MarkShape, r: number, cx = 0, cy = 0): string {
  const points = markPolygon(shape, r).map(([x, y]) => `${(cx + x).toFixed(2)} ${(cy + y).toFixed(2)}`)
  return `M${points.join('L')}Z`
}

export function isMarkShape(shape: string): shape is MarkShape {
  return (MARK_SHAPES as readonly string[]).includes(shape)
}
