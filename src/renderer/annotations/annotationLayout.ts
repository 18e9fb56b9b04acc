import type { Anchor, Annotation } from '../../shared/annotations/schema'
import {
  ANNOTATION_HALO,
  BASELINE_DROP,
  annotationColours,
  annotationFont,
  annotationSizes,
  textDirection,
} from './annotationStyle'

/**
 * Annotations as a few drawing primitives, in pixels of the target (the
 * on-screen view or the export image). The SVG layer and the canvas export
 * both draw exactly these, so the two cannot drift apart.
 */

/** A point of the target in px, or null where the anchor is hidden (behind the globe, off the view). */
export type AnchorProjector = (anchor: Anchor) => { x: number; y: number } | null

type Callout = Extract<Annotation, { type: 'callout' }>
type Pin = Extract<Annotation, { type: 'pin' }>
type Arrow = Extract<Annotation, { type: 'arrow' }>

export type Shape =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number }
  | { kind: 'polygon'; points: readonly number[] }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | {
      kind: 'text'
      x: number
      /** Alphabetic baseline. */
      y: number
      text: string
      /** Absolute alignment on x (not start/end, which flip with the direction). */
      align: 'left' | 'right' | 'center'
      direction: 'ltr' | 'rtl'
      font: string
    }

export interface AnnotationLayout {
  /** Where the shapes' (0, 0) lies on the target: the first anchor. */
  originX: number
  originY: number
  /** Relative to the origin; drawn halo pass first, then colour pass. */
  shapes: Shape[]
  colour: string
  halo: string
  /** Halo width each side of strokes and glyphs. */
  haloWidth: number
  /** Where the text goes (relative to the origin), also when it is empty: the inline editor sits there. */
  text: { x: number; y: number; align: 'left' | 'right' | 'center'; fontPx: number }
}

export interface LayoutOptions {
  /** Target width in px: a callout on the right of the view puts its text to the left. */
  width: number
  /** Target px per CSS px of the on-screen view. */
  scale: number
  /** Leaves the text out (it is being edited in place). */
  omitText?: boolean
}

/** Beyond this fraction of the width, a callout's or pin's text goes to the left of its anchor. */
const FLIP_FRACTION = 0.62

/** Lays an annotation out, or returns null when any of its anchors is hidden. */
export function layoutAnnotation(
  annotation: Annotation,
  project: AnchorProjector,
  options: LayoutOptions,
): AnnotationLayout | null {
  if (annotation.type === 'arrow') {
    const from = project(annotation.from)
    const to = project(annotation.to)
    if (!from || !to) return null
    return layoutArrow(annotation, from, to, options)
  }
  const at = project(annotation.anchor)
  if (!at) return null
  return annotation.type === 'pin' ? layoutPin(annotation, at, options) : layoutCallout(annotation, at, options)
}

function base(annotation: Annotation, at: { x: number; y: number }, options: LayoutOptions) {
  const spec = annotationSizes[annotation.size]
  const s = options.scale
  return {
    spec,
    s,
    side: at.x > options.width * FLIP_FRACTION ? -1 : 1,
    layout: {
      originX: at.x,
      originY: at.y,
      shapes: [] as Shape[],
      colour: annotationColours[annotation.colour],
      halo: ANNOTATION_HALO,
      haloWidth: spec.haloPx * s,
      text: { x: 0, y: 0, align: 'left' as 'left' | 'right' | 'center', fontPx: spec.fontPx * s },
    },
  }
}

function addText(layout: AnnotationLayout, annotation: Annotation, options: LayoutOptions): void {
  const { x, y, align, fontPx } = layout.text
  if (options.omitText || annotation.text.length === 0) return
  layout.shapes.push({
    kind: 'text',
    x,
    y: y + fontPx * BASELINE_DROP,
    text: annotation.text,
    align,
    direction: textDirection(annotation.text),
    font: annotationFont(annotation.size, options.scale),
  })
}

/** On the globe: a dot, a leader up and across, the text after it. On the view: centred text (a title, a note). */
function layoutCallout(annotation: Callout, at: { x: number; y: number }, options: LayoutOptions): AnnotationLayout {
  const { spec, s, side, layout } = base(annotation, at, options)
  if (annotation.anchor.kind === 'screen') {
    layout.text = { ...layout.text, x: 0, y: 0, align: 'center' }
  } else {
    const dx = side * spec.leaderDx * s
    const dy = -spec.leaderDy * s
    layout.shapes.push({ kind: 'circle', cx: 0, cy: 0, r: spec.dotPx * s })
    layout.shapes.push({ kind: 'line', x1: 0, y1: 0, x2: dx, y2: dy, width: spec.linePx * s })
    layout.text = { ...layout.text, x: dx + side * spec.gapPx * s, y: dy, align: side > 0 ? 'left' : 'right' }
  }
  addText(layout, annotation, options)
  return layout
}

/** A round head on a short stem, its tip on the place; the label beside the head. */
function layoutPin(annotation: Pin, at: { x: number; y: number }, options: LayoutOptions): AnnotationLayout {
  const { spec, s, side, layout } = base(annotation, at, options)
  const head = spec.pinHeadPx * s
  const headY = -spec.pinStemPx * s
  layout.shapes.push({ kind: 'line', x1: 0, y1: 0, x2: 0, y2: headY, width: spec.linePx * s })
  layout.shapes.push({ kind: 'circle', cx: 0, cy: headY, r: head })
  layout.text = {
    ...layout.text,
    x: side * (head + spec.gapPx * s),
    y: headY,
    align: side > 0 ? 'left' : 'right',
  }
  addText(layout, annotation, options)
  return layout
}

/** A straight shaft with a head at its point; the label above the shaft's middle. */
function layoutArrow(
  annotation: Arrow,
  from: { x: number; y: number },
  to: { x: number; y: number },
  options: LayoutOptions,
): AnnotationLayout {
  const { spec, s, layout } = base(annotation, from, options)
  const dx = to.x - from.x
  const dy = to.y - from.y
  const length = Math.hypot(dx, dy)
  const headLength = Math.min(spec.headLengthPx * s, length * 0.6)
  if (length > 0.5) {
    const ux = dx / length
    const uy = dy / length
    const baseX = dx - ux * headLength
    const baseY = dy - uy * headLength
    const half = (spec.headHalfWidthPx * s * headLength) / (spec.headLengthPx * s)
    layout.shapes.push({ kind: 'line', x1: 0, y1: 0, x2: baseX, y2: baseY, width: spec.linePx * s })
    layout.shapes.push({
      kind: 'polygon',
      points: [dx, dy, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half],
    })
  } else {
    // Both ends on one spot (the first click of an arrow being placed): a dot shows where it starts.
    layout.shapes.push({ kind: 'circle', cx: 0, cy: 0, r: spec.dotPx * s })
  }
  layout.text = { ...layout.text, x: dx / 2, y: dy / 2 - spec.fontPx * s * 0.9, align: 'center' }
  addText(layout, annotation, options)
  return layout
}
