import type { Anchor, Annotation } from '../../shared/annotations/schema'
import type { ScreenBox } from '../globe/types'
import {
  ANNOTATION_HALO,
  BASELINE_DROP,
  LINE_HEIGHT,
  annotationColours,
  annotationFont,
  annotationSizes,
  plateColours,
  textDirection,
} from './annotationStyle'
import { measureFor, wrapLines } from './textLines'

/**
 * Annotations as a few drawing primitives, in pixels of the target (the
 * on-screen view, or the view as the export maps it onto its image). The
 * SVG layer and the canvas export both draw exactly these, so the two
 * cannot drift apart.
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
  /** The background plate under the text: keeps it readable over region labels, arcs and land. */
  | { kind: 'plate'; x: number; y: number; width: number; height: number; radius: number; fill: string; stroke: string; strokeWidth: number }
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

/** A box in px: relative to the layout's origin (`bounds`) or on the target (`targetBounds`). */
export type LayoutBox = ScreenBox

export interface AnnotationLayout {
  /** Where the shapes' (0, 0) lies on the target: the first anchor. */
  originX: number
  originY: number
  /**
   * Relative to the origin. Drawn in passes: the halo of the strokes and
   * marks, their colour, then the plates, then the text on them.
   */
  shapes: Shape[]
  colour: string
  halo: string
  /** Halo width each side of strokes and marks. */
  haloWidth: number
  /**
   * Where the text block goes (relative to the origin), also when the text
   * is left out: the inline editor sits there. `x` is the block's left
   * edge, right edge or centre (by `align`), `y` its vertical middle;
   * `maxWidth` the width its lines wrap at.
   */
  text: { x: number; y: number; align: 'left' | 'right' | 'center'; fontPx: number; maxWidth: number }
  /** Everything drawn, relative to the origin: what a region label must not cover. */
  bounds: LayoutBox
}

export interface LayoutOptions {
  /** Size of the space laid out in, px: text wraps and flips to stay inside it. */
  width: number
  height: number
  /** Target px per CSS px of the on-screen view (1 on screen). */
  scale: number
  /** Leaves the text out (it is being edited in place). */
  omitText?: boolean
}

/** Beyond this fraction of the width, a callout's or pin's text goes to the left of its anchor. */
const FLIP_FRACTION = 0.62
/** Text on the globe wraps at this many ems at most, a title or note at this many. */
const GLOBE_TEXT_EM = 14
const SCREEN_TEXT_EM = 24
/** …and never narrower than this, even near the view's edge (a column of single words reads worse). */
const MIN_TEXT_EM = 6
/** Kept clear along the view's edges, CSS px. */
const EDGE_MARGIN = 12
/** The plate's padding round the text, in ems. */
const PLATE_PAD_X = 0.3
const PLATE_PAD_Y = 0.12

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

/** The layout's bounds on the target (absolute px). */
export function targetBounds(layout: AnnotationLayout): LayoutBox {
  const { bounds, originX, originY } = layout
  return { left: originX + bounds.left, top: originY + bounds.top, right: originX + bounds.right, bottom: originY + bounds.bottom }
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
      text: { x: 0, y: 0, align: 'left' as 'left' | 'right' | 'center', fontPx: spec.fontPx * s, maxWidth: 0 },
      bounds: { left: 0, top: 0, right: 0, bottom: 0 },
    },
  }
}

/**
 * The width the text wraps at, target px: at most `em` ems, within the room
 * the view leaves on the text's side (both sides for centred text), at
 * least MIN_TEXT_EM ems.
 */
function wrapWidth(
  layout: AnnotationLayout,
  options: LayoutOptions,
  em: number,
): number {
  const { x, align, fontPx } = layout.text
  const margin = EDGE_MARGIN * options.scale
  const at = layout.originX + x
  const pad = PLATE_PAD_X * fontPx
  const room =
    align === 'left'
      ? options.width - margin - at - pad
      : align === 'right'
        ? at - margin - pad
        : 2 * Math.min(at - margin, options.width - margin - at) - 2 * pad
  return Math.max(MIN_TEXT_EM * fontPx, Math.min(em * fontPx, room))
}

/**
 * Wraps the text at the layout's width, puts its lines on a plate centred
 * on `layout.text` (moved back inside the view's height where it would
 * leave it) and adds the plate and the lines to the shapes.
 */
function addText(
  layout: AnnotationLayout,
  annotation: Annotation,
  options: LayoutOptions,
  em: number,
  /** More lines grow upwards from where one line would sit (an arrow's label stays clear of its shaft). */
  growUp = false,
): void {
  const s = options.scale
  layout.text.maxWidth = wrapWidth(layout, options, em)
  if (options.omitText || annotation.text.length === 0) return
  const { x, align, fontPx, maxWidth } = layout.text
  // Lines are found at the on-screen size, so the screen and an export of any scale break alike.
  const measure = measureFor(annotationFont(annotation.size), fontPx / s)
  const lines = wrapLines(annotation.text, maxWidth / s, measure)
  const widest = Math.max(...lines.map((line) => measure(line))) * s
  const lineHeight = fontPx * LINE_HEIGHT
  const padX = PLATE_PAD_X * fontPx
  const padY = PLATE_PAD_Y * fontPx
  const height = lines.length * lineHeight + 2 * padY
  const margin = EDGE_MARGIN * s
  let middle = growUp ? layout.text.y - ((lines.length - 1) * lineHeight) / 2 : layout.text.y
  const top = layout.originY + middle - height / 2
  if (top < margin) middle += Math.min(margin - top, Math.max(0, options.height - margin - (top + height)))
  else if (top + height > options.height - margin) middle -= Math.min(top + height - (options.height - margin), top - margin)
  layout.text.y = middle
  const left = align === 'left' ? x - padX : align === 'right' ? x - widest - padX : x - widest / 2 - padX
  const { fill, stroke } = plateColours(annotation.colour)
  layout.shapes.push({
    kind: 'plate',
    x: left,
    y: middle - height / 2,
    width: widest + 2 * padX,
    height,
    radius: 0.22 * fontPx,
    fill,
    stroke,
    strokeWidth: Math.max(1, 0.06 * fontPx),
  })
  const direction = textDirection(annotation.text)
  const font = annotationFont(annotation.size, s)
  lines.forEach((line, i) => {
    layout.shapes.push({
      kind: 'text',
      x,
      y: middle - height / 2 + padY + (i + 0.5) * lineHeight + fontPx * BASELINE_DROP,
      text: line,
      align,
      direction,
      font,
    })
  })
}

/** The box of every shape, relative to the origin. */
function measureBounds(layout: AnnotationLayout): void {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  const take = (x0: number, y0: number, x1: number, y1: number): void => {
    left = Math.min(left, x0)
    top = Math.min(top, y0)
    right = Math.max(right, x1)
    bottom = Math.max(bottom, y1)
  }
  const halo = layout.haloWidth
  for (const shape of layout.shapes) {
    switch (shape.kind) {
      case 'line': {
        const w = shape.width / 2 + halo
        take(Math.min(shape.x1, shape.x2) - w, Math.min(shape.y1, shape.y2) - w, Math.max(shape.x1, shape.x2) + w, Math.max(shape.y1, shape.y2) + w)
        break
      }
      case 'circle':
        take(shape.cx - shape.r - halo, shape.cy - shape.r - halo, shape.cx + shape.r + halo, shape.cy + shape.r + halo)
        break
      case 'polygon':
        for (let i = 0; i + 1 < shape.points.length; i += 2) {
          const px = shape.points[i] as number
          const py = shape.points[i + 1] as number
          take(px - halo, py - halo, px + halo, py + halo)
        }
        break
      case 'plate':
        take(shape.x, shape.y, shape.x + shape.width, shape.y + shape.height)
        break
      case 'text':
        break
    }
  }
  layout.bounds = Number.isFinite(left) ? { left, top, right, bottom } : { left: 0, top: 0, right: 0, bottom: 0 }
}

/** On the globe: a dot, a leader up and across, the text after it. On the view: centred text (a title, a note). */
function layoutCallout(annotation: Callout, at: { x: number; y: number }, options: LayoutOptions): AnnotationLayout {
  const { spec, s, side, layout } = base(annotation, at, options)
  if (annotation.anchor.kind === 'screen') {
    layout.text = { ...layout.text, x: 0, y: 0, align: 'center' }
    addText(layout, annotation, options, SCREEN_TEXT_EM)
  } else {
    const dx = side * spec.leaderDx * s
    const dy = -spec.leaderDy * s
    layout.shapes.push({ kind: 'circle', cx: 0, cy: 0, r: spec.dotPx * s })
    layout.shapes.push({ kind: 'line', x1: 0, y1: 0, x2: dx, y2: dy, width: spec.linePx * s })
    const inset = spec.gapPx * s + PLATE_PAD_X * layout.text.fontPx
    layout.text = { ...layout.text, x: dx + side * inset, y: dy, align: side > 0 ? 'left' : 'right' }
    addText(layout, annotation, options, GLOBE_TEXT_EM)
  }
  measureBounds(layout)
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
    x: side * (head + spec.gapPx * s + PLATE_PAD_X * layout.text.fontPx),
    y: headY,
    align: side > 0 ? 'left' : 'right',
  }
  addText(layout, annotation, options, GLOBE_TEXT_EM)
  measureBounds(layout)
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
  addText(layout, annotation, options, GLOBE_TEXT_EM, true)
  measureBounds(layout)
  return layout
}
