/**
 * How the side panel and the globe share the window, decided from the
 * window's size alone (one rule here, read by the app's classes and the
 * panel's components, so CSS and React never disagree about the mode).
 */

export interface WindowSize {
  /** CSS px. */
  width: number
  height: number
}

export interface WindowLayout {
  /**
   * 'docked': the panel sits beside the globe. 'drawer': the globe takes
   * the whole width and the panel opens over it from the toolbar's Panel
   * button.
   */
  panel: 'docked' | 'drawer'
  /**
   * 'inline': the region's facts, then one row of section buttons that
   * open one section under them. 'tabs': the facts are a tab beside the
   * sections, so the row of tabs sits right under the panel's own tabs.
   */
  regionSections: 'inline' | 'tabs'
}

/**
 * The narrowest window that keeps the panel docked. The panel needs
 * 500 px (the region table's six columns at 15 px); the globe beside it
 * needs 780 px, the width of the globe toolbar on one row with the
 * annotation's colour and size pickers open. Below, the panel is a drawer
 * and the globe keeps the whole width (a 1024 px laptop, half of a 1366 px
 * screen, an 800 × 600 projector).
 */
export const DOCKED_PANEL_MIN_WIDTH = 1280

/**
 * The lowest window that shows the facts and the section buttons one
 * above the other. The facts take about 430 px; with the panel's tabs, the
 * footer, the section row and a few rows of the table that leaves nothing
 * under 800 px (1280 × 720, 1366 × 768): there the sections become tabs.
 */
export const INLINE_SECTIONS_MIN_HEIGHT = 800

export function windowLayout(size: WindowSize): WindowLayout {
  return {
    panel: size.width >= DOCKED_PANEL_MIN_WIDTH ? 'docked' : 'drawer',
    regionSections: size.height >= INLINE_SECTIONS_MIN_HEIGHT ? 'inline' : 'tabs',
  }
}

/** The same layout, for caching: equal layouts have equal keys. */
export function layoutKey(layout: WindowLayout): string {
  return `${layout.panel}|${layout.regionSections}`
}
