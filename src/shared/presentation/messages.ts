import { z } from 'zod'
import { LessonTextSchema } from '../ipc/lessonText'
import { MAX_SCENES } from '../lesson/schema'
import { ThemeSchema } from '../settings/schema'

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

/** Which view a window shows: the ordinary app, or the audience view of a presentation on two screens. */
export type PresentationRole = 'app' | 'audience'

/** The query parameter that opens a window as the audience view, and the one naming its presentation (web). */
export const VIEW_PARAM = 'view'
export const AUDIENCE_VIEW = 'audience'
export const PRESENTATION_PARAM = 'presentation'

/** The role of a page, from its query string (`location.search`). */
export function presentationRole(search: string): PresentationRole {
  return new URLSearchParams(search).get(VIEW_PARAM) === AUDIENCE_VIEW ? 'audience' : 'app'
}

/** A presentation id as the web edition puts it in the audience window's address: letters, digits and dashes. */
export const PresentationIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/)

/** The audience view's address for a page address: the same page with `?view=audience` (and the presentation's id on the web). */
export function audienceUrl(pageUrl: string, presentationId?: string): string {
  const url = new URL(pageUrl)
  url.search = ''
  url.hash = ''
  url.searchParams.set(VIEW_PARAM, AUDIENCE_VIEW)
  if (presentationId !== undefined) url.searchParams.set(PRESENTATION_PARAM, presentationId)
  return url.href
}

/** The presentation id in an audience page's query string, or null. */
export function presentationIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get(PRESENTATION_PARAM)
  return id !== null && PresentationIdSchema.safeParse(id).success ? id : null
}
