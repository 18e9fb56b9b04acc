import { palette as currentPalette, type Palette } from './palette'

/**
 * The page's theme colours that must match the globe. The stylesheet carries
 * the dark theme's values as first-paint defaults; these, set from the
 * palette itself at start-up and on every change of theme, win, so the page
 * and the globe cannot drift apart. (Setting properties through the CSSOM is
 * allowed by `style-src 'self'`; style attributes in the HTML are not.)
 */
export function paletteVariables(palette: Palette = currentPalette): Record<string, string> {
  return {
    '--color-background': palette.background,
    '--color-region-available': palette.regionAvailable,
    '--color-region-announced': palette.regionAnnounced,
    '--color-region-outage': palette.regionOutage,
    '--color-region-selected': palette.regionSelected,
    '--color-label': palette.label,
    '--color-top': palette.chooserTop,
    '--color-compared': palette.compared,
    '--color-region-new': palette.regionNew,
  }
}

export function applyPaletteVariables(root: HTMLElement = document.documentElement, palette: Palette = currentPalette): void {
  for (const [name, value] of Object.entries(paletteVariables(palette))) root.style.setProperty(name, value)
}
