import type { Annotation } from '../../shared/annotations/schema'
import { layoutAnnotation, type AnchorProjector, type AnnotationLayout, type Shape } from './annotationLayout'
import { useAnnotationStore } from './annotationStore'
import { drawingPasses } from './drawingPasses'

/** Image px of a view point: offset + view px × scale (how the export fits the view into its image). */
export interface ViewToImage {
  scale: number
  offsetX: number
  offsetY: number
}

export interface DrawAnnotationsOptions {
  /** The on-screen view, CSS px: the annotations are laid out in it exactly as on screen. */
  view: { width: number; height: number }
  /** Where an anchor lies in the view; null where it is hidden there (it is then not drawn). */
  project: AnchorProjector
  fit: ViewToImage
}

/** Draws the current annotations onto an export image as they appear on screen. */
export function drawAnnotations(context: CanvasRenderingContext2D, options: DrawAnnotationsOptions): void {
  drawAnnotationList(context, useAnnotationStore.getState().annotations, options)
}

/**
 * Draws the given annotations onto an export image: laid out in the view
 * (so lines break, sides flip and arrows point as on screen), then mapped
 * onto the image with the export's fit, shapes, strokes and type alike.
 */
export function drawAnnotationList(
  context: CanvasRenderingContext2D,
  annotations: readonly Annotation[],
  { view, project, fit }: DrawAnnotationsOptions,
): void {
  context.save()
  context.translate(fit.offsetX, fit.offsetY)
  context.scale(fit.scale, fit.scale)
  for (const annotation of annotations) {
    const layout = layoutAnnotation(annotation, project, { width: view.width, height: view.height, scale: 1 })
    if (layout) drawLayout(context, layout)
  }
  context.restore()
}

/** The canvas twin of the SVG layer: the same passes (drawingPasses), shape for shape. */
export function drawLayout(context: CanvasRenderingContext2D, layout: AnnotationLayout): void {
  context.save()
  context.translate(layout.originX, layout.originY)
  context.lineJoin = 'round'
  context.lineCap = 'round'
  for (const pass of drawingPasses(layout)) {
    for (const shape of pass.shapes) drawShape(context, shape, pass.colour, pass.halo)
  }
  context.restore()
}

/** `halo` > 0: the dark outline pass (strokes widened by it on each side); 0: the colour pass. */
function drawShape(context: CanvasRenderingContext2D, shape: Shape, colour: string, halo: number): void {
  context.fillStyle = colour
  context.strokeStyle = colour
  switch (shape.kind) {
    case 'line':
      context.lineWidth = shape.width + 2 * halo
      context.beginPath()
      context.moveTo(shape.x1, shape.y1)
      context.lineTo(shape.x2, shape.y2)
      context.stroke()
      break
    case 'circle':
      context.beginPath()
      context.arc(shape.cx, shape.cy, shape.r + halo, 0, Math.PI * 2)
      context.fill()
      break
    case 'polygon': {
      const [x0 = 0, y0 = 0, ...rest] = shape.points
      context.beginPath()
      context.moveTo(x0, y0)
      for (let i = 0; i + 1 < rest.length; i += 2) context.lineTo(rest[i] as number, rest[i + 1] as number)
      context.closePath()
      if (halo > 0) {
        context.lineWidth = 2 * halo
        context.stroke()
      }
      context.fill()
      break
    }
    case 'plate':
      context.beginPath()
      context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius)
      context.fillStyle = shape.fill
      context.fill()
      context.strokeStyle = shape.stroke
      context.lineWidth = shape.strokeWidth
      context.stroke()
      break
    case 'text':
      context.font = shape.font
      context.direction = shape.direction
      context.textAlign = shape.align
      context.textBaseline = 'alphabetic'
      context.fillText(shape.text, shape.x, shape.y)
      break
  }
}
