import type { ColourRole } from './azLayout'

/** The theme variable behind each colour role of the AZ drawing (styles/base.css). */
export const roleVariables: Readonly<Record<ColourRole, string>> = {
  surface: '--color-surface',
  raised: '--color-surface-raised',
  line: '--color-line',
  text: '--color-text',
  muted: '--color-text-muted',
  down: '--color-down',
  serving: '--color-serving',
  failedFill: '--color-failed-fill',
  a: '--color-drill-a',
  b: '--color-drill-b',
  c: '--color-drill-c',
}

/** The dark theme's values: what a canvas uses where the page gives none (a test's document). */
const fallbacks: Readonly<Record<ColourRole, string>> = {
  surface: '#102036',
  raised: '#17304d',
  line: '#2e4a6a',
  text: '#f4f7fb',
  muted: '#b9c8da',
  down: '#ff6b6b',
  serving: '#7cf5c0',
  failedFill: '#3b1822',
  a: '#ff9d2e',
  b: '#7fd4ff',
  c: '#c9a7ff',
}

/** A role as an SVG or CSS colour: the theme's variable, so a theme switch needs no redraw. */
export function roleCss(role: ColourRole): string {
  return `var(${roleVariables[role]})`
}

/** Every role's colour as the page's theme has it now, for drawing on a canvas. */
export function resolveRoleColours(root: Element = document.documentElement): Record<ColourRole, string> {
  const style = getComputedStyle(root)
  const resolved = {} as Record<ColourRole, string>
  for (const role of Object.keys(roleVariables) as ColourRole[]) {
    resolved[role] = style.getPropertyValue(roleVariables[role]).trim() || fallbacks[role]
  }
  return resolved
}
