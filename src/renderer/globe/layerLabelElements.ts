import { inSight, type Vec3 } from '../../shared/geo'
import type { LayerLabel, LayerLabels } from './layerLabels'
import type { LabelBoxes } from './declutter'
import { radii } from './dimensions'
import { FONT_STACK } from '../theme/fonts'
import { applyPosition, applyShown } from './placedElement'
import { LABEL_HALO_SHADOW } from './labelHalo'
import type { GlobeRuntime } from './runtime'

interface AnnotationElement {
  element: HTMLDivElement
  text: HTMLSpanElement
  width: number
  height: number
  /** What the DOM currently shows, so unchanged labels cost no DOM writes. */
  x: number
  y: number
  shown: boolean
}

const screenScratch = new Float32Array(2)
const anchor: Vec3 = [0, 0, 0]

/**
 * The DOM side of the layer labels (see layerLabels.ts): a pool of label
 * elements, rebuilt and measured only when the labels change, placed
 * in the label layer's shared de-clutter pass every frame.
 */
export class LayerLabelElements {
  /** LayerLabels in the current elements, in order. */
  private items: readonly LayerLabel[] = []
  private elements: AnnotationElement[] = []
  private version = -1

  constructor(private readonly root: HTMLElement) {}

  get count(): number {
    return this.items.length
  }

  /** Forgets every element (the root was emptied). */
  reset(): void {
    this.elements = []
    this.items = []
    this.version = -1
  }

  /**
   * Brings the elements up to date with the labels. False while the
   * layer has no layout to measure (the next frame tries again); the
   * labels are then not shown.
   */
  sync(labels: LayerLabels): boolean {
    if (labels.version === this.version) return true
    const items = labels.items
    while (this.elements.length < items.length) this.elements.push(this.createElement())
    for (let k = 0; k < this.elements.length; k++) {
      const element = this.elements[k] as AnnotationElement
      const item = items[k]
      if (!item) {
        if (element.shown) element.element.style.display = 'none'
        element.shown = false
        continue
      }
      const style = element.element.style
      element.text.textContent = item.text
      style.color = item.color
      style.fontSize = item.size === 'small' ? '13px' : '15px'
      style.fontWeight = item.size === 'small' ? '600' : '700'
      style.display = ''
      element.shown = true
    }
    let laidOut = items.length === 0
    for (let k = 0; k < items.length; k++) {
      const element = this.elements[k] as AnnotationElement
      element.width = element.element.offsetWidth
      element.height = element.element.offsetHeight
      laidOut ||= element.width > 0
    }
    if (!laidOut) {
      for (const element of this.elements) {
        element.element.style.display = 'none'
        element.shown = false
      }
      this.items = []
      return false
    }
    this.items = items
    this.version = labels.version
    return true
  }

  /** Writes each label's box for the frame just rendered into `boxes` from index `first`. */
  place(runtime: GlobeRuntime, boxes: LabelBoxes, first: number): void {
    const { width, height, eye } = runtime
    for (let k = 0; k < this.items.length; k++) {
      const item = this.items[k] as LayerLabel
      const element = this.elements[k] as AnnotationElement
      const i = first + k
      runtime.projectPoint(item.x, item.y, item.z, screenScratch)
      const sx = screenScratch[0] as number
      const sy = screenScratch[1] as number
      anchor[0] = item.x
      anchor[1] = item.y
      anchor[2] = item.z
      const onCanvas = sx > 0 && sx < width && sy > 0 && sy < height
      const w = element.width
      const h = element.height
      if (item.align === 'centre') {
        boxes.x[i] = sx - w / 2
        boxes.altX[i] = Number.NaN
        boxes.y[i] = sy - h / 2
      } else {
        boxes.x[i] = sx + item.gapPx
        boxes.altX[i] = sx - item.gapPx - w
        boxes.y[i] = sy - item.raisePx - h / 2
      }
      boxes.w[i] = w
      boxes.h[i] = h
      boxes.priority[i] = onCanvas && inSight(anchor, eye, radii.earth) ? item.priority : -Infinity
    }
  }

  /** Shows, hides and moves the elements as the de-clutter pass decided. */
  write(boxes: LabelBoxes, shown: Uint8Array, first: number): void {
    for (let k = 0; k < this.items.length; k++) {
      const element = this.elements[k] as AnnotationElement
      const i = first + k
      const where = shown[i] as number
      if (applyShown(element, where)) applyPosition(element, boxes, i, where)
    }
  }

  private createElement(): AnnotationElement {
    const element = document.createElement('div')
    element.className = 'globe-annotation'
    Object.assign(element.style, layerLabelStyle)
    const text = document.createElement('span')
    element.append(text)
    this.root.append(element)
    return { element, text, width: 0, height: 0, x: Number.NaN, y: Number.NaN, shown: true }
  }
}

const layerLabelStyle: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  left: '0',
  top: '0',
  whiteSpace: 'nowrap',
  font: `600 13px/1.2 ${FONT_STACK}`,
  textShadow: LABEL_HALO_SHADOW,
  willChange: 'transform',
  userSelect: 'none',
}
