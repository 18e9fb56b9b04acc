import type { InfraGlobeApi, LessonDraft } from '../../shared/api'

/** The localStorage key of the web edition's autosaved lesson draft. */
export const DRAFT_KEY = 'infraglobe.lesson-draft.v1'

export interface WebDraftsOptions {
  /** The browser's storage; a function because merely reading `window.localStorage` can throw (storage disabled). */
  storage?: () => Storage
  now?: () => Date
}

type WebDrafts = Pick<InfraGlobeApi, 'saveDraft' | 'loadDraft' | 'clearDraft'>

function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}

/** The lesson text's schema, fetched with the first draft kept or found (zod is not part of the first download). */
function lessonTextSchema() {
  return import('../../shared/ipc/lessonText')
}

/**
 * The autosaved lesson draft in the web edition: one localStorage entry
 * (setItem replaces it whole, so a reader sees the old draft or the new one),
 * validated with the same limit as a lesson file.
 */
export function createWebDrafts(options: WebDraftsOptions = {}): WebDrafts {
  const storage = options.storage ?? (() => window.localStorage)
  const now = options.now ?? (() => new Date())
  return {
    async saveDraft(text) {
      try {
        const { LessonTextSchema } = await lessonTextSchema()
        const checked = LessonTextSchema.safeParse(text)
        if (!checked.success) throw new Error(`The lesson draft was not kept: ${checked.error.issues.map((i) => i.message).join('; ')}.`)
        storage().setItem(DRAFT_KEY, JSON.stringify({ savedAt: now().toISOString(), text: checked.data }))
      } catch (error) {
        throw new Error(`The lesson draft was not kept: ${describeError(error).replace(/^The lesson draft was not kept: /, '')}`, { cause: error })
      }
    },
    async loadDraft() {
      try {
        const raw = storage().getItem(DRAFT_KEY)
        if (raw === null) return null
        const value: unknown = JSON.parse(raw)
        if (typeof value !== 'object' || value === null) return null
        const { savedAt, text } = value as Record<string, unknown>
        if (typeof savedAt !== 'string') return null
        const { LessonTextSchema } = await lessonTextSchema()
        if (!LessonTextSchema.safeParse(text).success) return null
        return { savedAt, text: text as string } satisfies LessonDraft
      } catch {
        // Storage disabled, or an entry that is not ours: there is no draft to offer.
        return null
      }
    },
    clearDraft() {
      try {
        storage().removeItem(DRAFT_KEY)
      } catch {
        // Nothing can be stored either, so nothing is left behind.
      }
      return Promise.resolve()
    },
  }
}
