import type { InfraGlobeApi } from '../../shared/api'

/**
 * Full screen in the web edition, through the Fullscreen API on the whole
 * page. A browser that has none, or refuses (entering needs a click or a key
 * press just before), leaves the page as it is: presenting still works in a
 * window, so that is a warning, not an error.
 */
export function createWebFullScreen(
  warn: (message: string) => void = (message) => console.warn(message),
  doc: () => Document = () => document,
): Pick<InfraGlobeApi, 'setFullScreen'> {
  return {
    async setFullScreen(on) {
      const page = doc()
      const isFull = Boolean(page.fullscreenElement)
      if (on === isFull) return
      try {
        if (on) {
          const root = page.documentElement
          if (typeof root.requestFullscreen !== 'function') return warn('InfraGlobe: this browser has no full screen mode.')
          await root.requestFullscreen()
        } else if (typeof page.exitFullscreen === 'function') {
          await page.exitFullscreen()
        }
      } catch (error) {
        warn(`InfraGlobe: the browser refused to ${on ? 'enter' : 'leave'} full screen (${error instanceof Error ? error.message : String(error)}).`)
      }
    },
  }
}
