import { describe, expect, it } from 'vitest'
import { appLayoutClasses } from '../../../../src/renderer/layout/appLayoutClass'
import { DOCKED_PANEL_MIN_WIDTH, INLINE_SECTIONS_MIN_HEIGHT, layoutKey, windowLayout } from '../../../../src/renderer/layout/layoutRules'

describe('the window layout', () => {
  it('docks the panel at 1280 px and wider, and makes it a drawer below', () => {
    expect(windowLayout({ width: 1920, height: 1080 }).panel).toBe('docked')
    expect(windowLayout({ width: 1366, height: 768 }).panel).toBe('docked')
    expect(windowLayout({ width: 1280, height: 720 }).panel).toBe('docked')
    expect(windowLayout({ width: DOCKED_PANEL_MIN_WIDTH - 1, height: 900 }).panel).toBe('drawer')
    expect(windowLayout({ width: 1024, height: 768 }).panel).toBe('drawer')
    expect(windowLayout({ width: 800, height: 600 }).panel).toBe('drawer')
    expect(windowLayout({ width: 683, height: 768 }).panel).toBe('drawer')
  })

  it('turns the region’s sections into tabs in a window lower than 800 px', () => {
    expect(windowLayout({ width: 1920, height: 1080 }).regionSections).toBe('inline')
    expect(windowLayout({ width: 1280, height: INLINE_SECTIONS_MIN_HEIGHT }).regionSections).toBe('inline')
    expect(windowLayout({ width: 1366, height: 768 }).regionSections).toBe('tabs')
    expect(windowLayout({ width: 1280, height: 720 }).regionSections).toBe('tabs')
    expect(windowLayout({ width: 800, height: 600 }).regionSections).toBe('tabs')
  })

  it('gives equal layouts equal keys, and different ones different keys', () => {
    expect(layoutKey(windowLayout({ width: 1300, height: 700 }))).toBe(layoutKey(windowLayout({ width: 1900, height: 760 })))
    expect(layoutKey(windowLayout({ width: 1300, height: 700 }))).not.toBe(layoutKey(windowLayout({ width: 1000, height: 700 })))
  })

  it('names the mode in the app’s classes, and the open drawer only while the panel is a drawer', () => {
    const drawer = windowLayout({ width: 800, height: 600 })
    expect(appLayoutClasses(drawer, false)).toEqual(['app--panel-drawer', 'app--sections-tabs'])
    expect(appLayoutClasses(drawer, true)).toContain('app--drawer-open')
    const docked = windowLayout({ width: 1920, height: 1080 })
    expect(appLayoutClasses(docked, true)).toEqual(['app--panel-docked', 'app--sections-inline'])
  })
})
