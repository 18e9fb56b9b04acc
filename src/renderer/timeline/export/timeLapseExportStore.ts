import { create } from 'zustand'

/** The time-lapse export dialog: open or not, and the choices kept between openings. */
export interface TimeLapseExportState {
  open: boolean
  title: string
  /** Seconds each year stays on screen in the video. */
  secondsPerStep: number
  setOpen(open: boolean): void
  setTitle(title: string): void
  setSecondsPerStep(seconds: number): void
}

export const DEFAULT_TIME_LAPSE_TITLE = 'How AWS grew'

export const useTimeLapseExportStore = create<TimeLapseExportState>()((set) => ({
  open: false,
  title: DEFAULT_TIME_LAPSE_TITLE,
  secondsPerStep: 1,
  setOpen: (open) => set({ open }),
  setTitle: (title) => set({ title }),
  setSecondsPerStep: (secondsPerStep) => set({ secondsPerStep }),
}))
