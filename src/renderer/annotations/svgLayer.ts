import { anchorsOf, type Annotation } from '../../shared/annotations/schema'
import { layoutAnnotation, targetBounds, type AnchorProjector, type AnnotationLayout, type LayoutBox, type Shape } from './annotationLayout'
import { drawingPasses } from './drawingPasses'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Padding of the invisible box that makes an annotation easy to grab, CSS px. */
const HIT_PADDING = 6
/** Radius of the rings on the selected annotation's anchors, CSS px. */
const HANDLE_RADIUS = 11

interface Entry {
  group: SVGGElement
  /** What the children currently draw: rebuilt only when it changes. */
  key: string
  x: number
  y: number
  shown: boolean
  layout: AnnotationLayout | null
}

export interface OverlayView {
  project: AnchorProjector
  /** View size in CSS px. */
  width: number
  height: number
}

export interface OverlayUi {
  selectedId: string | null
  /** Its text is left out: the inline editor shows it. */
  editingId: string | null
}

/**
 * The on-screen annotations as SVG (the browser lays out any script with
 * the system fonts). One group per annotation, moved by its transform after
 * each frame; its children are rebuilt only when the drawing itself changes
 * (text, style, side, an arrow's shape), so turning the globe costs one
 * attribute write per visible annotation.
 */
export class AnnotationSvgLayer {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly svg: SVGSVGElement) {}

  /** Draws `annotations` (the draft last) for the view; forgets annotations no longer listed. */
  render(annotations: readonly Annotation[], view: OverlayView, ui: OverlayUi): void {
    const seen = new Set<string>()
    for (const annotation of annotations) {
      seen.add(annotation.id)
      let entry = this.entries.get(annotation.id)
      if (!entry) {
        entry = this.createEntry(annotation.id)
        this.entries.set(annotation.id, entry)
      }
      const layout = layoutAnnotation(annotation, view.project, {
        width: view.width,
        height: view.height,
        scale: 1,
        omitText: annotation.id === ui.editingId,
      })
      entry.layout = layout
      if (!layout) {
        if (entry.shown) entry.group.style.display = 'none'
        entry.shown = false
        continue
      }
      if (!entry.shown) entry.group.style.display = ''
      entry.shown = true
      const selected = annotation.id === ui.selectedId
      const handles = selected ? handlePoints(annotation, view.project, layout) : []
      const key = `${layout.colour}|${layout.haloWidth}|${JSON.stringify(layout.shapes)}|${JSON.stringify(handles)}`
      if (key !== entry.key) {
        this.build(entry, layout, handles, selected)
        entry.key = key
      }
      const x = Math.round(layout.originX * 10) / 10
      const y = Math.round(layout.originY * 10) / 10
      if (x !== entry.x || y !== entry.y) {
        entry.group.setAttribute('transform', `translate(${x} ${y})`)
        entry.x = x
        entry.y = y
      }
    }
    for (const [id, entry] of this.entries) {
      if (seen.has(id)) continue
      entry.group.remove()
      this.entries.delete(id)
    }
    // Keep the document order the list's order (later ones on top), moving only what is out of place.
    let previous: Element | null = null
    for (const annotation of annotations) {
      const group = this.entries.get(annotation.id)?.group
      if (!group) continue
      const expected: Element | null = previous ? previous.nextElementSibling : this.svg.firstElementChild
      if (expected !== group) {
        if (previous) previous.after(group)
        else this.svg.prepend(group)
      }
      previous = group
    }
  }

  /** The last layout of an annotation on screen; null when hidden or unknown. */
  layoutOf(id: string): AnnotationLayout | null {
    return this.entries.get(id)?.layout ?? null
  }

  /** Where the annotations shown were laid out, view px: what region labels must leave free. */
  boxes(): LayoutBox[] {
    const boxes: LayoutBox[] = []
    for (const entry of this.entries.values()) if (entry.shown && entry.layout) boxes.push(targetBounds(entry.layout))
    return boxes
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.group.remove()
    this.entries.clear()
  }

  private createEntry(id: string): Entry {
    const group = document.createElementNS(SVG_NS, 'g')
    group.setAttribute('class', 'annotation')
    group.dataset.annotationId = id
    this.svg.append(group)
    return { group, key: '', x: Number.NaN, y: Number.NaN, shown: true, layout: null }
  }

  private build(entry: Entry, layout: AnnotationLayout, handles: readonly Handle[], selected: boolean): void {
    const group = entry.group
    group.replaceChildren()
    group.classList.toggle('annotation--selected', selected)
    const content = element('g', {})
    for (const pass of drawingPasses(layout)) {
      for (const shape of pass.shapes) content.append(shapeElement(shape, pass.colour, pass.halo))
    }
    group.append(content)
    const box = layout.bounds
    group.prepend(
      element('rect', {
        class: selected ? 'annotation__hit annotation__hit--selected' : 'annotation__hit',
        x: box.left - HIT_PADDING,
        y: box.top - HIT_PADDING,
        width: box.right - box.left + 2 * HIT_PADDING,
        height: box.bottom - box.top + 2 * HIT_PADDING,
        rx: 4,
      }),
    )
    for (const handle of handles) {
      const ring = element('circle', { class: 'annotation__handle', cx: handle.x, cy: handle.y, r: HANDLE_RADIUS })
      ring.dataset.handle = handle.name
      group.append(ring)
    }
  }
}

interface Handle {
  name: 'from' | 'to' | 'anchor'
  x: number
  y: number
}

/** Rings on the anchors of the selected annotation, relative to its origin; an arrow's ends drag on their own. */
function handlePoints(annotation: Annotation, project: AnchorProjector, layout: AnnotationLayout): Handle[] {
  const anchors = anchorsOf(annotation)
  const names: Handle['name'][] = annotation.type === 'arrow' ? ['from', 'to'] : ['anchor']
  const handles: Handle[] = []
  anchors.forEach((anchor, i) => {
    const point = project(anchor)
    if (point) {
      handles.push({
        name: names[i] ?? 'anchor',
        x: Math.round((point.x - layout.originX) * 10) / 10,
        y: Math.round((point.y - layout.originY) * 10) / 10,
      })
    }
  })
  return handles
}

function element<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value))
  return node
}

/** The SVG twin of drawAnnotations' drawShape: the same passes, widths and joins. */
function shapeElement(shape: Shape, colour: string, halo: number): SVGElement {
  const pass = halo > 0 ? 'annotation__halo' : 'annotation__ink'
  switch (shape.kind) {
    case 'line':
      return element('line', {
        class: `${pass} annotation__line`,
        x1: shape.x1,
        y1: shape.y1,
        x2: shape.x2,
        y2: shape.y2,
        stroke: colour,
        'stroke-width': shape.width + 2 * halo,
        'stroke-linecap': 'round',
      })
    case 'circle':
      return element('circle', {
        class: `${pass} annotation__dot`,
        cx: shape.cx,
        cy: shape.cy,
        r: shape.r + halo,
        fill: colour,
      })
    case 'polygon':
      return element('polygon', {
        class: `${pass} annotation__head`,
        points: shape.points.join(' '),
        fill: colour,
        ...(halo > 0 ? { stroke: colour, 'stroke-width': 2 * halo, 'stroke-linejoin': 'round' } : {}),
      })
    case 'plate':
      return element('rect', {
        class: 'annotation__plate',
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        rx: shape.radius,
        fill: shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
      })
    case 'text': {
      const node = element('text', {
        class: `${pass} annotation__text`,
        x: shape.x,
        y: shape.y,
        direction: shape.direction,
        // SVG anchors by start / end, which follow the direction; the layout speaks of left / right.
        'text-anchor':
          shape.align === 'center'
            ? 'middle'
            : (shape.align === 'left') === (shape.direction === 'ltr')
              ? 'start'
              : 'end',
        fill: colour,
      })
      node.style.font = shape.font
      node.textContent = shape.text
      return node
    }
  }
}
