import type { WindowLayout } from './layoutRules'

/** The app root's classes for a layout: windowLayout.css keys on them. */
export function appLayoutClasses(layout: WindowLayout, drawerOpen: boolean): string[] {
  const classes = [`app--panel-${layout.panel}`, `app--sections-${layout.regionSections}`]
  if (layout.panel === 'drawer' && drawerOpen) classes.push('app--drawer-open')
  return classes
}
