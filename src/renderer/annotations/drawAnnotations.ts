import type { Anchor, Annotation } from '../../shared/annotations/schema'
import { layoutAnnotation, type AnchorProjector, type AnnotationLayout, type Shape } from './annotationLayout'
import { useAnnotationStore } from './annotationStore'

/** Where a place on the globe is on the exported image; null or invisible when it is behind the globe. */
export type ProjectToImage = (lat: number, lon: number) => { x: number; y: number; visible: boolean } | null

export interface DrawAnnotationsOptions {
  /** Image size in pixels. */
  width: number
  height: number
  /** Image pixels per CSS pixel of the on-screen view: sizes (type, strokes) scale by it. */
  scale: number
  /** Projects a globe-anchored annotation to image pixels, with the exported camera. */
  project: ProjectToImage
}

/** Draws the current annotations onto an export image as they appear on screen. */
export function drawAnnotations(context: CanvasRenderingContext2D, options: DrawAnnotationsOptions): void {
  drawAnnotationList(context, useAnnotationStore.getState().annotations, options)
}

/** Draws the given annotations (the store's, or a scene's) onto an export image. */
export function drawAnnotationList(
  context: CanvasRenderingContext2D,
  annotations: readonly Annotation[],
  options: DrawAnnotationsOptions,
): void {
  const project = imageProjector(options)
  for (const annotation of annotations) {
    const layout = layoutAnnotation(annotation, project, { width: options.width, scale: options.scale })
    if (layout) drawLayout(context, layout)
  }
}

/** Geo anchors through the export camera, screen anchors as fractions of the image. */
function imageProjector({ width, height, project }: DrawAnnotationsOptions): AnchorProjector {
  return (anchor: Anchor) => {
    if (anchor.kind === 'screen') return { x: anchor.x * width, y: anchor.y * height }
    const point = project(anchor.lat, anchor.lon)
    return point && point.visible ? { x: point.x, y: point.y } : null
  }
}

/** The canvas twin of the SVG layer: halos first, then colours, shape for shape. */
export function drawLayout(context: CanvasRenderingContext2D, layout: AnnotationLayout): void {
  context.save()
  context.translate(layout.originX, layout.originY)
  context.lineJoin = 'round'
  context.lineCap = 'round'
  for (const shape of layout.shapes) drawShape(context, shape, layout.halo, layout.haloWidth)
  for (const shape of layout.shapes) drawShape(context, shape, layout.colour, 0)
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
    case 'text':
      context.font = shape.font
      context.direction = shape.direction
      context.textAlign = shape.align
      context.textBaseline = 'alphabetic'
      if (halo > 0) {
        context.lineWidth = 2 * halo
        context.strokeText(shape.text, shape.x, shape.y)
      } else {
        context.fillText(shape.text, shape.x, shape.y)
      }
      break
  }
}
