import type { Theme } from '../../shared/settings/schema'

/**
 * The globe's colours, shared with the legend, the labels and the exports so
 * they never disagree. Region states differ by shape as well as colour
 * (filled disc vs ring), so the distinction survives colour blindness and a
 * washed-out projector.
 *
 * Two themes: dark (the default, for a screen or a dim room) and light, a
 * high-contrast theme for a projector in a lit room, where dark tones wash
 * out to grey and only dark ink on a light ground keeps its contrast.
 * tests/unit/renderer/theme/contrast.test.ts computes every text and line
 * colour's contrast against the ocean, the land and the label halo of both
 * (WCAG AA: 4.5:1 for text, 3:1 for lines and marks).
 */
export interface Palette {
  /** Space around the globe. */
  background: string
  ocean: string
  land: string
  coastline: string
  border: string
  graticule: string
  /** The halo around the Earth's silhouette (added on the dark theme, laid over on the light one). */
  atmosphere: string
  regionAvailable: string
  regionAnnounced: string
  /** A reported outage: a half disc (degraded) or a struck ring (out of service), so the shape says it too. */
  regionOutage: string
  /** The dotted ring around a region whose coordinates are a placeholder. */
  regionApproximate: string
  regionHover: string
  /** The selection ring and the selected region's label. */
  regionSelected: string
  /** Outside the user's constraints: grey and faded, still there to be seen. */
  regionDimmed: string
  /** The chooser's top three: a solid ring (and the rank beside the label). */
  chooserTop: string
  /** Regions picked for comparison: a dashed ring, so it differs from the top three in shape too. */
  compared: string
  /** Regions new at the time-lapse's year: a warm glow around the marker (and their "new" note). */
  regionNew: string
  /** Network links: a steel blue, apart from the coastlines and the latency bands. */
  networkLink: string
  networkLinkHighlight: string
  networkLabel: string
  /** The user's pin: magenta, a hue no other layer uses. */
  userPin: string
  userPinLabel: string
  /** CloudFront edge locations (triangles) and regional edge caches (diamonds): shape tells them apart, and from the zones. */
  edgeLocation: string
  regionalEdgeCache: string
  /** Local Zones (squares) and Wavelength Zones (plus signs), each tied to its parent region by a thin line. */
  localZone: string
  wavelengthZone: string
  /** A hovered edge or zone mark turns this colour and grows. */
  placeHover: string
  /** The CloudFront request path from the user's pin: the one arc of its colour on the globe, dashed and directed. */
  requestPath: string
  /** The pin head's centre. */
  pinDot: string
  label: string
  /** Around label text, so it reads over land, ocean and arcs alike. */
  labelHalo: string
  /** Secondary text drawn over the globe (an export's footer). */
  labelMuted: string
  /** The edge of a box laid over the globe (an exported legend). */
  boxLine: string
  /** The dark rim around every marker: it carries the marker's contrast where its fill is close to the ground. */
  markerOutline: string
  /** What a hovered or selected latency arc moves towards. */
  latencyHighlight: string
  /**
   * Round-trip bands, fastest first (see globe/latencyBands.ts): a sequential
   * viridis run whose lightness moves steadily away from the ground, so the
   * order reads without hue and the fastest band stands out most.
   */
  latencyBands: readonly [string, string, string, string]
}

export const darkPalette: Palette = {
  background: '#0b1626',
  ocean: '#12304f',
  land: '#2a4439',
  coastline: '#8fb3a2',
  border: '#5f7f72',
  graticule: '#2a4a6b',
  atmosphere: '#5fa8ff',
  regionAvailable: '#ff9d2e',
  regionAnnounced: '#7fd4ff',
  /** A reported outage: a half disc (degraded) or a struck ring (out of service), so the shape says it too. */
  regionOutage: '#ff6b81',
  /** The dotted ring around a region whose coordinates are a placeholder. */
  regionApproximate: '#d9e2ec',
  regionHover: '#ffe08a',
  regionSelected: '#ffffff',
  regionDimmed: '#6b7785',
  chooserTop: '#7cf5c0',
  compared: '#c9a7ff',
  /** Regions new at the time-lapse's year: a warm glow around the marker (and their "new" note). */
  regionNew: '#ffe45c',
  networkLink: '#a9c7e8',
  networkLinkHighlight: '#ffffff',
  networkLabel: '#e6f0fb',
  userPin: '#ff5ad9',
  userPinLabel: '#ffc2f1',
  /** CloudFront edge locations (triangles) and regional edge caches (diamonds): shape tells them apart, and from the zones. */
  edgeLocation: '#ff6b6b',
  regionalEdgeCache: '#ffd54f',
  /** Local Zones (squares) and Wavelength Zones (plus signs), each tied to its parent region by a thin line. */
  localZone: '#f48fb1',
  wavelengthZone: '#b39dff',
  /** A hovered edge or zone mark turns this colour and grows. */
  placeHover: '#ffffff',
  /** The CloudFront request path from the user's pin: the one white arc on the globe, dashed and directed. */
  requestPath: '#ffffff',
  pinDot: '#ffffff',
  label: '#f4f7fb',
  labelHalo: '#0b1626',
  labelMuted: '#b9c8da',
  boxLine: '#2e4a6a',
  markerOutline: '#0b1626',
  latencyHighlight: '#ffffff',
  // The light half of viridis (t = 1.0, 0.85, 0.7, 0.55): brightest is fastest.
  latencyBands: ['#fde725', '#a0da39', '#4ac16d', '#1f9e89'],
}

export const lightPalette: Palette = {
  background: '#eef3f8',
  ocean: '#d6e6f3',
  land: '#f6f1e4',
  coastline: '#52677a',
  border: '#7d8c99',
  graticule: '#b9cde0',
  atmosphere: '#5b7fa3',
  regionAvailable: '#d9480f',
  regionAnnounced: '#0b5cad',
  regionOutage: '#b91c1c',
  regionApproximate: '#334155',
  regionHover: '#7c2d12',
  regionSelected: '#000000',
  regionDimmed: '#6b7785',
  chooserTop: '#047857',
  compared: '#6d28d9',
  regionNew: '#a16207',
  networkLink: '#35597d',
  networkLinkHighlight: '#000000',
  networkLabel: '#0f2740',
  userPin: '#c026d3',
  userPinLabel: '#86198f',
  edgeLocation: '#b91c1c',
  regionalEdgeCache: '#92400e',
  localZone: '#9d174d',
  wavelengthZone: '#5b21b6',
  placeHover: '#000000',
  requestPath: '#000000',
  pinDot: '#ffffff',
  label: '#0b1626',
  labelHalo: '#ffffff',
  labelMuted: '#3b4a5c',
  boxLine: '#7b8da0',
  markerOutline: '#0b1626',
  latencyHighlight: '#000000',
  // The dark part of viridis (t = 0.0, 0.2, 0.35, 0.45): darkest is fastest, every band dark enough for text.
  latencyBands: ['#440154', '#433e85', '#31688e', '#277f8e'],
}

export const palettes: Readonly<Record<Theme, Palette>> = { dark: darkPalette, light: lightPalette }

export function paletteFor(theme: Theme): Palette {
  return palettes[theme]
}

/**
 * The colours of the window's current theme. installTheme (theme/theme.ts)
 * keeps it in step with the store's `theme`, as the store's first listener,
 * so everything that reads it while drawing (the legend, labels, exports)
 * draws in the current theme. Read it when drawing, never at module load; a
 * layer that keeps colours in GPU buffers watches `theme` and takes
 * `paletteFor(theme)` itself.
 */
export const palette: Palette = { ...darkPalette }

export type PaletteKey = keyof Palette
