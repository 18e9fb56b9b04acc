// zod's smaller entry: annotations are drawn from the first frame on (see ../zodMini.ts).
import { z } from '../zodMini'

/**
 * Annotations a presenter or author puts on the view. They are part of a
 * scene, so they are saved in lesson files: this schema is part of the
 * lesson file format and changes only with a lesson version bump.
 */

/** A few colours that hold up on a projector, on the dark ocean and in print. */
export const ANNOTATION_COLOURS = ['yellow', 'white', 'cyan', 'magenta', 'orange'] as const
export const ANNOTATION_SIZES = ['small', 'medium', 'large'] as const

/** Anchored to a place: moves with the globe and hides behind it. */
export const GeoAnchorSchema = z.object({
  kind: z.literal('geo'),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
})

/** Anchored to the view: a fraction of its width and height (0,0 top left), so it survives a resize or export size. */
export const ScreenAnchorSchema = z.object({
  kind: z.literal('screen'),
  x: z.number().check(z.minimum(0), z.maximum(1)),
  y: z.number().check(z.minimum(0), z.maximum(1)),
})

export const AnchorSchema = z.discriminatedUnion('kind', [GeoAnchorSchema, ScreenAnchorSchema])

const common = {
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  colour: z.enum(ANNOTATION_COLOURS),
  size: z.enum(ANNOTATION_SIZES),
}

/** Any script: text is kept as the user typed it (Unicode), trimmed of nothing. */
export const MAX_ANNOTATION_TEXT = 500
const Text = z.string().check(z.maxLength(MAX_ANNOTATION_TEXT))

export const AnnotationSchema = z.discriminatedUnion('type', [
  /** Text with a leader line to its anchor (on the globe) or free text (on the screen: a title or a note). */
  z.object({ ...common, type: z.literal('callout'), anchor: AnchorSchema, text: z.string().check(z.maxLength(MAX_ANNOTATION_TEXT), z.minLength(1)) }),
  /** A marker at a place, with an optional label. */
  z.object({ ...common, type: z.literal('pin'), anchor: GeoAnchorSchema, text: Text }),
  /** An arrow from one anchor to another. */
  z.object({ ...common, type: z.literal('arrow'), from: AnchorSchema, to: AnchorSchema, text: Text }),
])

export type Anchor = z.infer<typeof AnchorSchema>
export type GeoAnchor = z.infer<typeof GeoAnchorSchema>
export type ScreenAnchor = z.infer<typeof ScreenAnchorSchema>
export type Annotation = z.infer<typeof AnnotationSchema>
export type AnnotationColour = (typeof ANNOTATION_COLOURS)[number]
export type AnnotationSize = (typeof ANNOTATION_SIZES)[number]

/** Enough for any slide; a file with more is refused rather than slowing the app to a crawl. */
export const MAX_ANNOTATIONS = 200
/** Ids key the drawn elements and the undo history: two annotations with one id would be one on screen. */
export const AnnotationListSchema = z.array(AnnotationSchema).check(
  z.maxLength(MAX_ANNOTATIONS),
  z.superRefine((list, context) => {
    const seen = new Set<string>()
    list.forEach((annotation, index) => {
      if (seen.has(annotation.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate annotation id "${annotation.id}"` })
      }
      seen.add(annotation.id)
    })
  }),
)

/** The anchors an annotation hangs on, in drawing order (an arrow's tail first). */
export function anchorsOf(annotation: Annotation): Anchor[] {
  return annotation.type === 'arrow' ? [annotation.from, annotation.to] : [annotation.anchor]
}
