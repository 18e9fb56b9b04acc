import { z } from 'zod'
import { LessonTextSchema } from '../ipc/lessonText'
import { MAX_SCENES } from '../lesson/schema'
import { ThemeSchema } from '../settings/schema'
import { PRESENTATION_ID } from './role'

/**
 * What the presenter view and the audience view tell each other while a
 * lesson is presented on two screens. The presenter's window is the one
 * source of truth: it holds the lesson, decides which scene shows and
 * whether the screen is blank; the audience window shows what it is told
 * and hands back the keys pressed in it (a clicker aimed at the projector).
 * Desktop: relayed by main, which parses every message with this schema and
 * lets each window send only its own kinds; web: a BroadcastChannel of the
 * same origin, parsed with the same schema on arrival.
 */

const SceneIndexSchema = z.int().min(0).max(MAX_SCENES - 1)

/** What a key pressed in the audience view asks the presenter to do. */
export const PresentationCommandSchema = z.enum(['next', 'previous', 'first', 'last', 'blank', 'leave'])
export type PresentationCommand = z.infer<typeof PresentationCommandSchema>

/** Presenter → audience. */
export const PresenterMessageSchema = z.discriminatedUnion('kind', [
  /** Everything the audience needs to show the presentation: the lesson file's text, the scene, blank or not, the theme. */
  z.strictObject({ kind: z.literal('state'), lesson: LessonTextSchema, index: SceneIndexSchema, blank: z.boolean(), theme: ThemeSchema }),
  z.strictObject({ kind: z.literal('show'), index: SceneIndexSchema }),
  z.strictObject({ kind: z.literal('blank'), on: z.boolean() }),
  z.strictObject({ kind: z.literal('theme'), theme: ThemeSchema }),
  /** Presenting is over: the audience view closes. */
  z.strictObject({ kind: z.literal('end') }),
])

/** Audience → presenter. */
export const AudienceMessageSchema = z.discriminatedUnion('kind', [
  /** The audience view is ready: the presenter answers with `state`. */
  z.strictObject({ kind: z.literal('hello') }),
  z.strictObject({ kind: z.literal('command'), action: PresentationCommandSchema }),
  /** The audience view is going away (its window closes): presenting ends. */
  z.strictObject({ kind: z.literal('end') }),
])

export const PresentationMessageSchema = z.union([PresenterMessageSchema, AudienceMessageSchema])

export type PresenterMessage = z.infer<typeof PresenterMessageSchema>
export type AudienceMessage = z.infer<typeof AudienceMessageSchema>
export type PresentationMessage = PresenterMessage | AudienceMessage

// Which window is which, and the audience view's address, need no schema: they live in ./role.
export { AUDIENCE_VIEW, audienceUrl, PRESENTATION_ID, PRESENTATION_PARAM, presentationIdOf, presentationRole, VIEW_PARAM, type PresentationRole } from './role'

/** A presentation id as the web edition puts it in the audience window's address: letters, digits and dashes. */
export const PresentationIdSchema = z.string().regex(PRESENTATION_ID)
