import type { Annotation } from '../../shared/annotations/schema'

/** A screen-anchored text this near the top (a fraction of the view's height) is the view's title. */
const TITLE_BAND = 0.25

/** The Title annotation of a view: the screen-anchored text nearest the top, within its top quarter; null when there is none. */
export function titleAnnotation(annotations: readonly Annotation[]): Extract<Annotation, { type: 'callout' }> | null {
  let best: Extract<Annotation, { type: 'callout' }> | null = null
  for (const annotation of annotations) {
    if (annotation.type !== 'callout' || annotation.anchor.kind !== 'screen' || annotation.anchor.y > TITLE_BAND) continue
    if (!best || (best.anchor.kind === 'screen' && annotation.anchor.y < best.anchor.y)) best = annotation
  }
  return best
}

export interface ExportTitle {
  /** What the export draws at the top ('' draws nothing). */
  drawn: string
  /** The image's Title metadata. */
  document: string
  /** The view already has a Title annotation (which is then the image's title). */
  fromAnnotation: boolean
}

/**
 * The title an export starts with: never two titles on one image. A view
 * with a Title annotation has it as its title (nothing more is drawn, the
 * metadata takes its text); otherwise the scene's title when the view is a
 * scene, else the app's default.
 */
export function defaultExportTitle(view: { sceneTitle: string | null; annotations: readonly Annotation[] }, fallback: string): ExportTitle {
  const annotation = titleAnnotation(view.annotations)
  if (annotation) return { drawn: '', document: annotation.text, fromAnnotation: true }
  const title = view.sceneTitle?.trim() || fallback
  return { drawn: title, document: title, fromAnnotation: false }
}
