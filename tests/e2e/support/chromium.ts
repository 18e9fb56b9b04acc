import { chromium } from 'playwright-core'
import { findChromium, thisMachine } from '../../../scripts/browser/findChromium'
import { disableFeaturesSwitch } from '../../../scripts/browser/quietFeatures'

/**
 * How the end-to-end tests and the benchmark launch Chromium: the one findChromium finds
 * (CHROMIUM_PATH, else the system's Chromium or Chrome, else Playwright's own, which `npm test`
 * sets up when there is none). It runs headless, renders WebGL2 in software (SwiftShader through
 * ANGLE) and has every background service that would phone home switched off, and the browser's
 * own omnibox pages too, which would take CPU from the page at random.
 */
const search = findChromium(thisMachine(() => chromium.executablePath()))

/** Undefined when none was found: Playwright then reports its own missing browser. */
export const chromiumPath: string | undefined = search.found ? search.path : undefined

export const chromiumArgs = [
  '--disable-gpu',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without a GPU Chromium falls back to SwiftShader today; asking for it explicitly keeps WebGL2
  // working once that silent fallback is gone.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Playwright's own list and the browser's omnibox popup pages (quietFeatures.ts).
  disableFeaturesSwitch,
]

export const viewport = { width: 1280, height: 800 }
