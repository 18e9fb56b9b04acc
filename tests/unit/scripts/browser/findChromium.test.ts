import { describe, expect, it } from 'vitest'
import { findChromium, type Machine } from '../../../../scripts/browser/findChromium'

const PLAYWRIGHTS = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'

/** A machine with exactly these executables on it. */
function machine(executables: string[], overrides: Partial<Machine> = {}): Machine {
  const present = new Set(executables)
  return { env: {}, platform: 'linux', isExecutable: (path) => present.has(path), playwrightChromium: () => PLAYWRIGHTS, ...overrides }
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, before any system browser', () => {
    const found = findChromium(machine(['/opt/chromium/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chromium/chrome' } }))
    expect(found).toEqual({ found: true, path: '/opt/chromium/chrome', source: 'CHROMIUM_PATH' })
  })

  it('refuses a CHROMIUM_PATH that is not an executable, saying so, instead of quietly using another browser', () => {
    const found = findChromium(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/nothing' } }))
    expect(found).toEqual({ found: false, problem: 'CHROMIUM_PATH is set to /opt/nothing, which is not an executable file.' })
  })

  it("then Debian's Chromium, then the other usual system places", () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/usr/bin/google-chrome']))).toMatchObject({ path: '/usr/bin/chromium', source: 'system' })
    expect(findChromium(machine(['/usr/bin/google-chrome', PLAYWRIGHTS]))).toMatchObject({ path: '/usr/bin/google-chrome', source: 'system' })
    expect(findChromium(machine(['/snap/bin/chromium']))).toMatchObject({ path: '/snap/bin/chromium' })
  })

  it("then Playwright's own Chromium", () => {
    expect(findChromium(machine([PLAYWRIGHTS]))).toEqual({ found: true, path: PLAYWRIGHTS, source: 'playwright' })
  })

  it('finds nothing on a fresh machine', () => {
    expect(findChromium(machine([]))).toEqual({ found: false })
    expect(findChromium(machine([], { playwrightChromium: () => undefined }))).toEqual({ found: false })
  })

  it('looks in the places of macOS and Windows there', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium(machine([mac], { platform: 'darwin' }))).toMatchObject({ path: mac, source: 'system' })
    const windows = 'C:\\Program Files/Google/Chrome/Application/chrome.exe'.replace(/\//g, process.platform === 'win32' ? '\\' : '/')
    expect(findChromium(machine([windows], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } }))).toMatchObject({ source: 'system' })
  })
})
