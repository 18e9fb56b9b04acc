import { palette } from './palette'

/**
 * The page's theme colours that must match the globe. The stylesheet carries
 * the same values as first-paint defaults; these, set from the palette itself
 * at start-up, win, so the page and the globe cannot drift apart. (Setting
 * properties through the CSSOM is allowed by `style-src 'self'`; style
 * attributes in the HTML are not.)
 */
export const paletteVariables = {
  '--color-background': palette.background,
  '--color-region-available': palette.regionAvailable,
  '--color-region-announced': palette.regionAnnounced,
  '--color-region-outage': palette.regionOutage,
  '--color-region-selected': palette.regionSelected,
  '--color-label': palette.label,
  '--color-region-new': palette.regionNew,
} as const

export function applyPaletteVariables(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(paletteVariables)) root.style.setProperty(name, value)
}
