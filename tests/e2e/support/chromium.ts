/**
 * How the end-to-end tests and the benchmark launch the system Chromium. Browsers are never
 * downloaded: /usr/bin/chromium (Debian's package) runs headless, renders WebGL2 in software
 * (SwiftShader through ANGLE) and has every background service that would phone home switched off.
 */
export const chromiumPath = '/usr/bin/chromium'

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
