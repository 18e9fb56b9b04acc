/**
 * The globe's colours, shared with the legend so the two never disagree.
 * Region states differ by shape as well as colour (filled disc vs ring), so
 * the distinction survives colour blindness and a washed-out projector.
 */
export const palette = {
  background: '#0b1626',
  ocean: '#12304f',
  land: '#2f4a3f',
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
  /** Outside the user's constraints: grey and faded, still there to be seen. */
  regionDimmed: '#6b7785',
  /** The chooser's top three: a solid ring (and the rank beside the label). */
  chooserTop: '#7cf5c0',
  /** Regions picked for comparison: a dashed ring, so it differs from the top three in shape too. */
  compared: '#c9a7ff',
  /** Regions new at the time-lapse's year: a warm glow around the marker (and their "new" note). */
  regionNew: '#ffe45c',
  /** Network links: a pale steel blue, apart from the coastlines' green-grey and the latency bands. */
  networkLink: '#a9c7e8',
  networkLinkHighlight: '#ffffff',
  networkLabel: '#e6f0fb',
  /** The user's pin: magenta, a hue no other layer uses. */
  userPin: '#ff5ad9',
  userPinLabel: '#ffc2f1',
  label: '#f4f7fb',
  labelHalo: '#0b1626',
} as const

export type PaletteKey = keyof typeof palette
