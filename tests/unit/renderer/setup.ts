import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { useAppStore } from '../../../src/renderer/state/store'

// jsdom implements neither matchMedia nor scrollIntoView. The stand-ins report
// "no preference" and record calls; tests that care replace them.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  })
}
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}

afterEach(() => {
  cleanup()
  useAppStore.setState(useAppStore.getInitialState(), true)
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})
