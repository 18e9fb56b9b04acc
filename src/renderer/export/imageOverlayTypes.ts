import type { AppState } from '../state/store'

/** Where an overlay may draw: the image's size, image px per CSS px, and the first free line below the title. */
export interface OverlayFrame {
  width: number
  height: number
  scale: number
  /** Image px: below the title and the subtitles. */
  top: number
  /** Image px: above the footer (the legend's bottom edge, at the left). */
  bottom: number
}

/**
 * What a feature adds to an exported picture besides the legend: a line
 * under the title (the time-lapse's count line) and anything it draws
 * itself (the launch chart).
 */
export interface ImageOverlay {
  subtitle?: string
  draw?(context: CanvasRenderingContext2D, frame: OverlayFrame): void
}

export type ImageOverlayProvider = (state: AppState) => ImageOverlay | null
