import type { AnnotationLayout, Shape } from './annotationLayout'

export interface DrawingPass {
  shapes: readonly Shape[]
  colour: string
  /** Halo width each side (0: the colour pass). */
  halo: number
}

/**
 * The order both renderers draw a layout in: the dark halo of the strokes
 * and marks, their colour, then the plates, then the text on its plate (the
 * plate does the halo's work for text).
 */
export function drawingPasses(layout: AnnotationLayout): DrawingPass[] {
  const marks = layout.shapes.filter((shape) => shape.kind === 'line' || shape.kind === 'circle' || shape.kind === 'polygon')
  return [
    { shapes: marks, colour: layout.halo, halo: layout.haloWidth },
    { shapes: marks, colour: layout.colour, halo: 0 },
    { shapes: layout.shapes.filter((shape) => shape.kind === 'plate'), colour: layout.colour, halo: 0 },
    { shapes: layout.shapes.filter((shape) => shape.kind === 'text'), colour: layout.colour, halo: 0 },
  ]
}
