import { create } from 'zustand'

/** Whether the side panel's drawer is open (only meaningful while the layout makes the panel a drawer). */
export interface DrawerState {
  open: boolean
  setOpen(open: boolean): void
  toggle(): void
}

export const useDrawerStore = create<DrawerState>()((set, get) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set({ open: !get().open }),
}))

/** The side panel's element id: the Panel button controls it. */
export const SIDE_PANEL_ID = 'side-panel'
