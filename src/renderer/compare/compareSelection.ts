import { create } from 'zustand'
import { MAX_COMPARED, useAppStore } from '../state/store'

/** The last thing the comparison said about a pick, for a polite live region; null when nothing needs saying. */
interface CompareNoticeState {
  notice: string | null
  seq: number
}

export const useCompareNotice = create<CompareNoticeState>()(() => ({ notice: null, seq: 0 }))

/**
 * Adds a region to the comparison or takes it out, from the table, the globe
 * or the facts panel alike. Beyond MAX_COMPARED the oldest pick gives way:
 * the newest click is what the person is thinking about, and refusing it
 * would make them hunt for a box to untick first. Since a box unticking
 * itself is a surprise, the notice says which region gave way.
 */
export function toggleCompared(code: string): void {
  const store = useAppStore.getState()
  const before = store.compareCodes
  store.toggleCompare(code)
  const after = useAppStore.getState().compareCodes
  const droppedOut = before.filter((c) => c !== code && !after.includes(c))
  const notice =
    droppedOut.length > 0
      ? `At most ${MAX_COMPARED} regions are compared: ${droppedOut.join(', ')} gave way to ${code}.`
      : null
  useCompareNotice.setState((s) => ({ notice, seq: s.seq + 1 }))
}

/** Whether a region is in the comparison (for buttons and checkboxes). */
export function useIsCompared(code: string | null | undefined): boolean {
  return useAppStore((s) => (code ? s.compareCodes.includes(code) : false))
}
