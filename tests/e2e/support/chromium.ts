import { chromium } from 'playwright-core'
import { findChromium, thisMachine } from '../../../scripts/browser/findChromium'

/**
 * How the end-to-end tests and the benchmark launch Chromium: the one findChromium finds
 * (CHROMIUM_PATH, else the system's Chromium or Chrome, else Playwright's own, which `npm test`
 * sets up when there is none). It runs headless, renders WebGL2 in software (SwiftShader through
 * ANGLE) and has every background service that would phone home switched off.
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
]

export const viewport = { width: 1280, height: 800 }
