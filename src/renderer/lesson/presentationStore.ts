import { create } from 'zustand'
import { presentationRole, type PresentationRole } from '../../shared/presentation/role'

/**
 * Presenting beyond the lesson's own state (lessonStore.presenting, the
 * current scene): which view this window is, whether an audience view is
 * open, the black screen, and when presenting began (for the elapsed time).
 */
export interface PresentationState {
  /** This window: the app (and, while an audience view is open, the presenter view) or the audience view. */
  role: PresentationRole
  /** The audience view of this presenter: none, being opened, or open. */
  audience: 'none' | 'opening' | 'open'
  /** How many displays the audience view was opened with (1 on the web, which cannot tell). */
  displays: number
  /** Which view is full screen when the two share one display (desktop). */
  fullScreen: 'presenter' | 'audience'
  /** The audience sees a black screen (B or "."). */
  blank: boolean
  /** When presenting began (ms since the epoch), for the elapsed time; null when not presenting. */
  startedAt: number | null
  /** Why the audience view could not be opened, or that presenting has ended (the audience window); null when all is well. */
  notice: string | null
  setAudience(audience: PresentationState['audience'], displays?: number): void
  setFullScreen(view: PresentationState['fullScreen']): void
  setBlank(blank: boolean): void
  setStartedAt(startedAt: number | null): void
  setNotice(notice: string | null): void
}

function roleOfThisWindow(): PresentationRole {
  return typeof location === 'undefined' ? 'app' : presentationRole(location.search)
}

export const usePresentationStore = create<PresentationState>()((set) => ({
  role: roleOfThisWindow(),
  audience: 'none',
  displays: 1,
  fullScreen: 'audience',
  blank: false,
  startedAt: null,
  notice: null,
  setAudience: (audience, displays) => set(displays === undefined ? { audience } : { audience, displays, fullScreen: 'audience' }),
  setFullScreen: (fullScreen) => set({ fullScreen }),
  setBlank: (blank) => set({ blank }),
  setStartedAt: (startedAt) => set({ startedAt }),
  setNotice: (notice) => set({ notice }),
}))

/** Whether this window shows the presenter view: presenting, with an audience view open. */
export function isPresenterView(state: Pick<PresentationState, 'role' | 'audience'>, presenting: boolean): boolean {
  return presenting && state.role === 'app' && state.audience !== 'none'
}
