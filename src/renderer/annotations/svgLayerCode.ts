import type { AnnotationSvgLayer } from './svgLayer'

type SvgLayerClass = typeof AnnotationSvgLayer

let loaded: SvgLayerClass | null = null
let pending: Promise<SvgLayerClass> | null = null

/**
 * The annotations' SVG layer (its layout and drawing), fetched when the first annotation is to be
 * drawn or, once the first frame is shown and the browser is idle, ahead of time (views.tsx):
 * the app starts without annotations, so the first frame does not wait for it.
 */
export function fetchSvgLayer(): Promise<SvgLayerClass> {
  pending ??= import('./svgLayer').then(
    (module) => (loaded = module.AnnotationSvgLayer),
    (error: unknown) => {
      // A failed fetch may succeed later: the next annotation asks again.
      pending = null
      throw error
    },
  )
  return pending
}

/** The layer's class once fetched, else null. */
export function fetchedSvgLayer(): SvgLayerClass | null {
  return loaded
}
