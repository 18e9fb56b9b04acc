/*
 * Which view a window shows and where the audience view lives: read before the first frame, so
 * apart from the messages' schemas (./messages re-exports them).
 */

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
export const PRESENTATION_ID = /^[A-Za-z0-9-]{8,64}$/

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
  return id !== null && PRESENTATION_ID.test(id) ? id : null
}
