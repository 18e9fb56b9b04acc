import { create } from 'zustand'
import { DEFAULT_SIZE_ID } from './exportSizes'

/** The export dialog's state: open or not, and the choices kept between openings (the title starts afresh each time: exportTitle.ts). */
export interface ExportState {
  open: boolean
  /** Set by the menu's "Export all scenes": the dialog starts the series as it opens. */
  seriesRequested: boolean
  sizeId: string
  transparent: boolean
  /** Export all scenes draws each scene's caption as a band along the bottom. */
  captions: boolean
  setOpen(open: boolean, options?: { series?: boolean }): void
  consumeSeriesRequest(): void
  setSizeId(id: string): void
  setTransparent(transparent: boolean): void
  setCaptions(captions: boolean): void
}

export const useExportStore = create<ExportState>()((set) => ({
  open: false,
  seriesRequested: false,
  sizeId: DEFAULT_SIZE_ID,
  transparent: false,
  captions: true,
  setOpen: (open, options) => set({ open, seriesRequested: open && (options?.series ?? false) }),
  consumeSeriesRequest: () => set({ seriesRequested: false }),
  setSizeId: (sizeId) => set({ sizeId }),
  setTransparent: (transparent) => set({ transparent }),
  setCaptions: (captions) => set({ captions }),
}))
