import { create } from 'zustand'
import type { Dataset } from '../../shared/dataset/schema'
import { DEFAULT_SETTINGS, type LayerName, type Layers, type Settings, type UserLocation } from '../../shared/settings/schema'

/** A request for the globe to fly to a region; `seq` makes a repeat request for the same region new. */
export interface FlyToRequest {
  code: string
  seq: number
}

export interface AppState {
  dataset: Dataset | null
  /** The selected region's code, shared by the globe and the table. */
  selectedCode: string | null
  hoveredCode: string | null
  flyTo: FlyToRequest | null
  /** The user (or the system setting) asked for reduced motion: cut instead of fly. */
  reducedMotion: boolean
  /** Auto-rotation in degrees per second; 0 (the default) is off. */
  autoRotateSpeed: number
  aboutOpen: boolean
  /** Where the user is: the origin of latency arcs and the ranking. Persisted. */
  userLocation: UserLocation | null
  /** "Place me" mode: the next plain click on the globe sets the user location. */
  placing: boolean
  layers: Layers
  latencyArcScope: Settings['latencyArcScope']
  setDataset(dataset: Dataset): void
  /** Selects a region (or clears with null); `fly` asks the globe to bring it into view. */
  select(code: string | null, options?: { fly?: boolean }): void
  hover(code: string | null): void
  setReducedMotion(value: boolean): void
  setAutoRotateSpeed(degreesPerSecond: number): void
  setAboutOpen(open: boolean): void
  setUserLocation(location: UserLocation | null): void
  setPlacing(placing: boolean): void
  setLayer(layer: LayerName, on: boolean): void
  setLatencyArcScope(scope: Settings['latencyArcScope']): void
  /** Applies persisted settings (at start-up). */
  applySettings(settings: Settings): void
}

export const useAppStore = create<AppState>()((set, get) => ({
  dataset: null,
  selectedCode: null,
  hoveredCode: null,
  flyTo: null,
  reducedMotion: false,
  autoRotateSpeed: 0,
  aboutOpen: false,
  userLocation: DEFAULT_SETTINGS.userLocation,
  placing: false,
  layers: DEFAULT_SETTINGS.layers,
  latencyArcScope: DEFAULT_SETTINGS.latencyArcScope,
  setDataset: (dataset) => set({ dataset }),
  select: (code, options) => {
    const fly = options?.fly && code ? { code, seq: (get().flyTo?.seq ?? 0) + 1 } : get().flyTo
    set({ selectedCode: code, flyTo: fly })
  },
  hover: (code) => {
    if (get().hoveredCode !== code) set({ hoveredCode: code })
  },
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
  setAutoRotateSpeed: (autoRotateSpeed) => set({ autoRotateSpeed }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  setUserLocation: (userLocation) => set({ userLocation, placing: false }),
  setPlacing: (placing) => set({ placing }),
  setLayer: (layer, on) => set({ layers: { ...get().layers, [layer]: on } }),
  setLatencyArcScope: (latencyArcScope) => set({ latencyArcScope }),
  applySettings: (s) => set({ userLocation: s.userLocation, layers: s.layers, latencyArcScope: s.latencyArcScope }),
}))
