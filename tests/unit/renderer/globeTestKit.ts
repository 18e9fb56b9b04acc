import { PerspectiveCamera } from 'three'
import { toVector } from '../../../src/shared/geo'

/** The viewport the label and picking tests project into. */
export const WIDTH = 800
export const HEIGHT = 600

/** A camera `distance` from the centre above (lat, lon), looking at the centre. */
export function cameraOver(lat: number, lon: number, distance: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(40, WIDTH / HEIGHT, 0.01, 50)
  camera.position.fromArray(toVector(lat, lon, distance))
  camera.lookAt(0, 0, 0)
  camera.updateMatrixWorld()
  return camera
}

/**
 * jsdom lays nothing out: give label elements a size from their visible
 * lines (8 px a character, 18 px a line) so the de-clutter pass has boxes to
 * compare. Returns the function that restores jsdom's own getters.
 */
export function stubLabelLayout(): () => void {
  const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth')
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')
  const lines = (element: HTMLElement): string[] =>
    [...element.children]
      .filter((child) => (child as HTMLElement).style.display !== 'none')
      .map((child) => child.textContent ?? '')
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return Math.max(0, ...lines(this).map((line) => line.length * 8))
    },
  })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return lines(this).length * 18
    },
  })
  return () => {
    if (width) Object.defineProperty(HTMLElement.prototype, 'offsetWidth', width)
    if (height) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', height)
  }
}
