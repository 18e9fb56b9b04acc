import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import type { Dataset } from '../../shared/dataset/schema'
import type { Residency } from '../../shared/chooser/residency'
import type { ChooserWeights } from '../../shared/chooser/score'
import type { DrillState } from '../../shared/drill/schema'
import type { CacheOutcome } from '../../shared/edges'
import type { SceneYear } from '../../shared/lesson/schema'
import { DEFAULT_SETTINGS, type LayerName, type Layers, type Settings, type Theme, type UserLocation } from '../../shared/settings/schema'

/** A request for the globe to fly to a region; `seq` makes a repeat request for the same region new. */
export interface FlyToRequest {
  code: string
  seq: number
}

/** At most this many regions are compared side by side. */
export const MAX_COMPARED = 4

/** What the region markers' colour encodes: their status (the default) or their price index. */
export type MarkerColouring = 'status' | 'price-index'

/** The side panel's views. */
export type PanelTab = 'regions' | 'choose' | 'compare' | 'latency' | 'network' | 'time' | 'lesson'

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
  /** "Data must stay in": a hard filter; regions outside it are dimmed on the globe and in the table. */
  residency: Residency
  /** Service ids every region must offer; regions lacking any are dimmed. */
  requiredServices: readonly string[]
  /** The chooser's weights for the weighed factors. */
  chooserWeights: ChooserWeights
  /** The chooser is showing its ranking: its top three are highlighted on the globe. */
  chooserOpen: boolean
  /** The chooser leaves out regions with reported outages (the default) instead of ranking them with a warning. */
  excludeOutages: boolean
  /**
   * The time-lapse step shown: a year (only regions launched by then), "announced" (every region), or
   * null for today (no time-lapse). Part of a scene.
   */
  year: SceneYear
  /**
   * The failure drill placed in a region's AZ view (patterns, failed AZs), or null. Part of a scene.
   * The AZ view ("Inside this region") is open for `drill.region` exactly while this is set.
   */
  drill: DrillState | null
  /**
   * A place on the globe other than a region, under the pointer or selected: an edge location or
   * regional edge cache, or a Local or Wavelength Zone marker, by its key (state/selectors/placeMarks.ts).
   */
  hoveredPlace: string | null
  selectedPlace: string | null
  /** The CloudFront request path drawn from the user's location, for a cache hit or a miss, or none. Part of a scene. */
  requestPath: CacheOutcome | null
  /** The app's colours; persisted. */
  theme: Theme
  /** The first-start hint was dismissed; persisted, so it never shows again. */
  firstRunHintDismissed: boolean
  /** Regions picked for side-by-side comparison, in the order picked (at most MAX_COMPARED). */
  compareCodes: readonly string[]
  markerColouring: MarkerColouring
  /** The side panel's open view. */
  panelTab: PanelTab
  /** Why the last settings save failed (one line to show), or null once a save works. */
  settingsSaveError: string | null
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
  setResidency(residency: Residency): void
  setRequiredServices(ids: readonly string[]): void
  setChooserWeights(weights: ChooserWeights): void
  setChooserOpen(open: boolean): void
  setExcludeOutages(exclude: boolean): void
  setYear(year: SceneYear): void
  setDrill(drill: DrillState | null): void
  hoverPlace(key: string | null): void
  /** Selects a place (or clears with null); selecting the selected place again clears it. */
  selectPlace(key: string | null): void
  setRequestPath(outcome: CacheOutcome | null): void
  setTheme(theme: Theme): void
  dismissFirstRunHint(): void
  /** Adds a region to the comparison, or removes it if it is there; the oldest gives way beyond MAX_COMPARED. */
  toggleCompare(code: string): void
  setCompareCodes(codes: readonly string[]): void
  setMarkerColouring(colouring: MarkerColouring): void
  setPanelTab(tab: PanelTab): void
  /** Applies persisted settings (at start-up). */
  applySettings(settings: Settings): void
  setSettingsSaveError(message: string | null): void
}

/*
 * Who reacts to what. Outside React, code reacts to the store only through
 * watch(selector, listener) (state/watch.ts, a selector subscription that
 * fires at once and then on each change), so each line below is one search
 * for the selector. React components read with useAppStore(selector).
 * Derived values (latency ranking, chooser result, emphasis, price indexes)
 * are memoised selectors in state/selectors/.
 *
 *   globe/Globe.tsx            placing                                  → cursor (crosshair)
 *   globe/CameraRig.tsx        flyTo; autoRotateSpeed; reducedMotion    → flight or cut; a frame; damping
 *   globe/RegionMarkers.tsx    selectedCode, hoveredCode                → marker state attribute
 *                              markerInputsOf: markerColouring, selectPriceIndexes,
 *                              selectRegionEmphasis, compareCodes,
 *                              selectRegionStatuses, selectRegionPlacement,
 *                              selectYearView (shown, added)            → marker colours and shapes, top-three notes,
 *                                                                         hidden and new regions, "new" notes
 *   globe/LatencyArcs.tsx      arcInputs: dataset, userLocation, layers.latencyArcs,
 *                              latencyArcScope, year                    → arcs (shownLatencyRankingOf), RTT notes
 *                              hoveredCode, selectedCode; reducedMotion → highlight; stop the dashes
 *   globe/NetworkLinks.tsx     layers.network, hoveredCode, selectedCode,
 *                              selectYearView (shown)                   → links shown and lit, RTT labels
 *   globe/ReachLayer.tsx       layers.reach, dataset, selectReachStep    → reach surface (from the worker)
 *   globe/UserPin.tsx          userLocation                             → pin and its label
 *   chooser/chooserOpenSync.ts panelTab, chooserOpen                    → chooserOpen follows the Choose tab
 *   state/usePersistedSettings userLocation, layers, latencyArcScope,
 *                              theme, firstRunHintDismissed             → saved settings (not while a scene applies)
 *
 * Each frame the globe's after-frame list (globe/afterFrame.ts) reads
 * selectedCode and hoveredCode for the labels; that is a read, not a
 * subscription.
 */
export const useAppStore = create<AppState>()(
  subscribeWithSelector((set, get) => ({
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
    residency: { kind: 'any' },
    requiredServices: [],
    chooserWeights: { proximity: 0.5, price: 0.5 },
    chooserOpen: false,
    excludeOutages: true,
    year: null,
    drill: null,
    hoveredPlace: null,
    selectedPlace: null,
    requestPath: null,
    theme: DEFAULT_SETTINGS.theme,
    firstRunHintDismissed: DEFAULT_SETTINGS.firstRunHintDismissed,
    compareCodes: [],
    markerColouring: 'status',
    panelTab: 'regions',
    settingsSaveError: null,
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
    setResidency: (residency) => set({ residency }),
    setRequiredServices: (requiredServices) => set({ requiredServices: [...new Set(requiredServices)] }),
    setChooserWeights: (chooserWeights) => set({ chooserWeights }),
    setChooserOpen: (chooserOpen) => set({ chooserOpen }),
    setExcludeOutages: (excludeOutages) => set({ excludeOutages }),
    setYear: (year) => set({ year }),
    setDrill: (drill) => set({ drill }),
    hoverPlace: (key) => {
      if (get().hoveredPlace !== key) set({ hoveredPlace: key })
    },
    selectPlace: (key) => set({ selectedPlace: key !== null && get().selectedPlace === key ? null : key }),
    setRequestPath: (requestPath) => set({ requestPath }),
    setTheme: (theme) => set({ theme }),
    dismissFirstRunHint: () => set({ firstRunHintDismissed: true }),
    toggleCompare: (code) => {
      const current = get().compareCodes
      const next = current.includes(code) ? current.filter((c) => c !== code) : [...current, code].slice(-MAX_COMPARED)
      set({ compareCodes: next })
    },
    setCompareCodes: (codes) => set({ compareCodes: [...new Set(codes)].slice(0, MAX_COMPARED) }),
    setMarkerColouring: (markerColouring) => set({ markerColouring }),
    setPanelTab: (panelTab) => set({ panelTab }),
    applySettings: (s) =>
      set({
        userLocation: s.userLocation,
        layers: s.layers,
        latencyArcScope: s.latencyArcScope,
        theme: s.theme,
        firstRunHintDismissed: s.firstRunHintDismissed,
      }),
    setSettingsSaveError: (settingsSaveError) => {
      if (get().settingsSaveError !== settingsSaveError) set({ settingsSaveError })
    },
  })),
)
