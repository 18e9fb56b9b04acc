import type { Theme } from '../../shared/settings/schema'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { palette, paletteFor } from './palette'
import { applyPaletteVariables } from './paletteVariables'

/**
 * Puts a theme on the page: the live palette (what labels, the legend and
 * exports read), the CSS variables taken from it, and `data-theme` on the
 * root element, which switches the stylesheet's panel colours
 * (styles/base.css).
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  Object.assign(palette, paletteFor(theme))
  root.dataset.theme = theme
  root.style.colorScheme = theme
  applyPaletteVariables(root, palette)
}

/**
 * Keeps the page in the store's theme. Call once, before the app renders:
 * it is then the store's first listener, so every other listener that reads
 * the palette on a change of theme already sees the new colours. Returns
 * the function that stops it.
 */
export function installTheme(root: HTMLElement = document.documentElement): () => void {
  return watch(
    (state) => state.theme,
    (theme) => applyTheme(theme, root),
  )
}

/** Dark ↔ light (the View menu's command and the web edition's button). */
export function toggleTheme(): void {
  const { theme, setTheme } = useAppStore.getState()
  setTheme(theme === 'dark' ? 'light' : 'dark')
}
