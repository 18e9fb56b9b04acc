import type { AppState } from '../state/store'
import { timelineImageOverlay } from '../timeline/imageOverlay'
import type { ImageOverlay, ImageOverlayProvider } from './imageOverlayTypes'

export type { ImageOverlay, ImageOverlayProvider, OverlayFrame } from './imageOverlayTypes'

/**
 * Every overlay of an exported picture, one explicit list as the legend's
 * (legend/sections.ts): a feature adds its provider here; nothing registers
 * itself by being imported.
 */
export const imageOverlayProviders: readonly ImageOverlayProvider[] = [timelineImageOverlay]

export function imageOverlays(state: AppState): ImageOverlay[] {
  return imageOverlayProviders.map((provider) => provider(state)).filter((overlay): overlay is ImageOverlay => overlay !== null)
}
