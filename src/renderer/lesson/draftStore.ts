import { create } from 'zustand'

/** A readable autosaved draft found at start, waiting for the user's answer. */
export interface DraftOffer {
  text: string
  /** When it was autosaved (ISO 8601). */
  savedAt: string
  title: string
  sceneCount: number
}

/**
 * Where the start-up draft stands: `unread` until it is looked for, then
 * `reading`, `offered` while the user has not answered, and `settled` once
 * there was none or it was restored or discarded. New drafts are written only
 * once settled, so the draft on offer is never overwritten before the user
 * has answered.
 */
export type DraftPhase = 'unread' | 'reading' | 'offered' | 'settled'

export interface DraftState {
  phase: DraftPhase
  offer: DraftOffer | null
  /** Why a draft found at start was not offered or not restored (it no longer reads as a lesson). */
  notice: string | null
}

export const useDraftStore = create<DraftState>()(() => ({ phase: 'unread', offer: null, notice: null }))
