import type { RegionScreenPosition } from './types'

/**
 * The read-only window into the globe that end-to-end tests and the benchmark
 * use (`window.__infraglobe`). It describes what was drawn, never app state
 * that the UI already shows.
 */
export interface GlobeProbe {
  /** Frames rendered so far. */
  readonly frames: number
  /** `renderer.info.render.calls` of the last rendered frame. */
  readonly drawCalls: number
  /** Where a region's marker was drawn in the last frame; null for an unknown code. */
  regionScreenPosition(code: string): RegionScreenPosition | null
  /** Where the user's pin was drawn in the last frame; null without a location (or before the first frame). */
  userLocationScreenPosition(): RegionScreenPosition | null
  /**
   * Where a place on the surface (degrees) appears with the camera of the
   * last frame, e.g. to click it; `visible` is false behind the globe.
   */
  screenPositionOf(lat: number, lon: number): RegionScreenPosition | null
  /** Turns the globe at this many degrees per second (0 stops). */
  setAutoRotateSpeed(degreesPerSecond: number): void
  /** Exports the current view as the export dialog would (without saving); rejects before the globe is ready. */
  exportPng(options: ProbeExportOptions): Promise<ProbeExportResult>
  /** Replaces the view's annotations (validated like a lesson file's), so tests and the benchmark can annotate. */
  replaceAnnotations(annotations: unknown): void
  /** The camera now: the point at the centre of the view (degrees) and its distance from the Earth's centre (Earth radii). */
  cameraView(): { lat: number; lon: number; distance: number } | null
  /** The region labels drawn in the last frame (they are pixels of the canvas, not elements): text, colour, box in viewport px. */
  labels(): ProbeLabel[]
  /** The layers' labels drawn in the last frame (link RTTs, the pin's, the places' names): their text, in drawing order. */
  layerLabels(): string[]
  /** Codes of the region markers drawn (the time-lapse hides those not yet launched at its year). */
  shownRegions(): string[]
  /** The time-lapse step ("2010", "announced") whose reach surface is on the globe; null while none is drawn. */
  reachDrawn(): string | null
  /** The reach worker's compute time for a step's surface ("2010", "announced"), ms; null until computed. */
  reachComputeMs(step: string): number | null
  /** Work the globe has started and not drawn yet (the land after the first frame); 0 once the picture is complete. */
  pendingWork(): number
  /** Flies the camera to a view as a scene change does; resolves once a frame shows it. */
  flyTo(view: { lat: number; lon: number; distance: number }): Promise<void>
}

export interface ProbeLabel {
  code: string
  /** Each line's text: the code (and its note), then the place name when shown. */
  lines: string[]
  /** The code's colour (a CSS colour). */
  colour: string
  tone: 'plain' | 'hovered' | 'selected'
  /** Which side of its marker the label is on. */
  side: 'right' | 'left'
  opacity: number
  left: number
  top: number
  width: number
  height: number
}

/** Plain-data export options: a multiple of the view or a fixed size, and the background. */
export interface ProbeExportOptions {
  size: { kind: 'multiple'; factor: number } | { kind: 'fixed'; width: number; height: number }
  transparent?: boolean
  title?: string
}

export interface ProbeExportResult {
  width: number
  height: number
  /** Render, composite and encode, milliseconds. */
  ms: number
  /** The three stages, milliseconds. */
  stages: { render: number; compose: number; encode: number }
  /** The PNG file, base64. */
  base64: string
}

/** What the export module adds to the probe while a globe is mounted. */
export type ExportProbe = Pick<GlobeProbe, 'exportPng' | 'replaceAnnotations'>

let exportProbe: ExportProbe | null = null

/** Called by the export module: the probe's export methods answer through it (null removes them). */
export function provideExportProbe(provider: ExportProbe | null): void {
  exportProbe = provider
}

export const PROBE_GLOBAL = '__infraglobe'

declare global {
  interface Window {
    __infraglobe?: GlobeProbe
  }
}

/** The mutable side of the probe, counted by an after-frame step. */
export interface ProbeCounters {
  frames: number
  drawCalls: number
}

/** What the probe answers with, besides the counters. */
export type ProbeQueries = Omit<GlobeProbe, 'frames' | 'drawCalls' | keyof ExportProbe>

/**
 * Installs the probe on `window` and returns the counters an after-frame
 * step updates, plus a function that removes the probe again (only if it is still
 * ours, so a remounted globe never loses its probe to an old cleanup).
 */
export function installProbe(queries: ProbeQueries): { counters: ProbeCounters; uninstall(): void } {
  const counters: ProbeCounters = { frames: 0, drawCalls: 0 }
  const probe: GlobeProbe = {
    get frames() {
      return counters.frames
    },
    get drawCalls() {
      return counters.drawCalls
    },
    regionScreenPosition: queries.regionScreenPosition,
    userLocationScreenPosition: queries.userLocationScreenPosition,
    screenPositionOf: queries.screenPositionOf,
    setAutoRotateSpeed: queries.setAutoRotateSpeed,
    cameraView: queries.cameraView,
    shownRegions: queries.shownRegions,
    labels: queries.labels,
    layerLabels: queries.layerLabels,
    reachDrawn: queries.reachDrawn,
    pendingWork: queries.pendingWork,
    reachComputeMs: queries.reachComputeMs,
    flyTo: queries.flyTo,
    exportPng: (options) =>
      exportProbe ? exportProbe.exportPng(options) : Promise.reject(new Error('the globe cannot export yet')),
    replaceAnnotations: (annotations) => {
      if (!exportProbe) throw new Error('the globe cannot take annotations yet')
      exportProbe.replaceAnnotations(annotations)
    },
  }
  window[PROBE_GLOBAL] = probe
  return {
    counters,
    uninstall() {
      if (window[PROBE_GLOBAL] === probe) delete window[PROBE_GLOBAL]
    },
  }
}
