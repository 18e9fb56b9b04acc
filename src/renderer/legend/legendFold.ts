import { create } from 'zustand'

/**
 * Whether the on-screen legend is folded to a single line: by the user
 * (its toggle), or by presenting, when the full legend would cover a scene's
 * subject (lesson/framing decides after each scene). The user's unfold wins
 * until the next scene asks again.
 */
export interface LegendFoldState {
  /** Folded by the user. */
  folded: boolean
  /** Folded for the scene being presented because it would cover the subject. */
  autoFolded: boolean
  toggle(): void
  setAutoFolded(autoFolded: boolean): void
}

export const useLegendFold = create<LegendFoldState>()((set, get) => ({
  folded: false,
  autoFolded: false,
  toggle: () => {
    const shownFolded = get().folded || get().autoFolded
    set({ folded: !shownFolded, autoFolded: false })
  },
  setAutoFolded: (autoFolded) => set({ autoFolded }),
}))

let fullLegend: HTMLElement | null = null

/** The legend's full (unfolded) box, laid out even while the legend is folded: its measuring copy registers here. */
export function registerFullLegend(element: HTMLElement | null): void {
  fullLegend = element
}

/** Where the unfolded legend is (or would be), viewport px; null without a legend. */
export function fullLegendRect(): DOMRect | null {
  return laidOutBox(fullLegend)
}

let foldedLegend: HTMLElement | null = null

/** The legend folded to its line, laid out even while the legend is unfolded: its measuring copy registers here. */
export function registerFoldedLegend(element: HTMLElement | null): void {
  foldedLegend = element
}

/** Where the folded legend is (or would be), viewport px; null without a legend. What presenting always leaves it. */
export function foldedLegendRect(): DOMRect | null {
  return laidOutBox(foldedLegend)
}

/** An element's box on screen, or null when it has none (absent, or not laid out). */
function laidOutBox(element: HTMLElement | null): DOMRect | null {
  const rect = element?.getBoundingClientRect()
  return rect && rect.width > 0 && rect.height > 0 ? rect : null
}
