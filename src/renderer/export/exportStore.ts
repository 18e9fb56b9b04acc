import { create } from 'zustand'
import { DEFAULT_TITLE } from './exportView'

/** The export dialog's state: open or not, and the choices kept between openings. */
export interface ExportState {
  open: boolean
  /** Set by the menu's "Export all scenes": the dialog starts the series as it opens. */
  seriesRequested: boolean
  sizeId: string
  transparent: boolean
  title: string
  setOpen(open: boolean, options?: { series?: boolean }): void
  consumeSeriesRequest(): void
  setSizeId(id: string): void
  setTransparent(transparent: boolean): void
  setTitle(title: string): void
}

export const useExportStore = create<ExportState>()((set) => ({
  open: false,
  seriesRequested: false,
  sizeId: '2x',
  transparent: false,
  title: DEFAULT_TITLE,
  setOpen: (open, options) => set({ open, seriesRequested: open && (options?.series ?? false) }),
  consumeSeriesRequest: () => set({ seriesRequested: false }),
  setSizeId: (sizeId) => set({ sizeId }),
  setTransparent: (transparent) => set({ transparent }),
  setTitle: (title) => set({ title }),
}))
