import { placement, type LabelBoxes } from './declutter'

/**
 * A label element and what the DOM currently shows of it, so a frame that
 * changes nothing costs no DOM writes. Region labels and annotations share it.
 */
export interface PlacedElement {
  element: HTMLElement
  shown: boolean
  x: number
  y: number
}

/** Shows or hides the element as the de-clutter pass decided; returns whether it is shown. */
export function applyShown(item: PlacedElement, where: number): boolean {
  const visible = where !== placement.hidden
  if (visible !== item.shown) {
    item.element.style.display = visible ? '' : 'none'
    item.shown = visible
  }
  return visible
}

/** Moves the element to box `i`, at its preferred or fallback place, on whole pixels. */
export function applyPosition(item: PlacedElement, boxes: LabelBoxes, i: number, where: number): void {
  const x = Math.round((where === placement.fallback ? boxes.altX[i] : boxes.x[i]) as number)
  const y = Math.round(boxes.y[i] as number)
  if (x !== item.x || y !== item.y) {
    item.element.style.transform = `translate(${x}px, ${y}px)`
    item.x = x
    item.y = y
  }
}
