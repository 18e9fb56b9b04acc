import { accessSync, constants, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finds the Chromium the end-to-end tests and the benchmark drive, in this
 * order: the CHROMIUM_PATH environment variable (an explicit choice, so a
 * wrong one is an error, not skipped), the usual places of a system Chromium
 * or Chrome, then a browser Playwright downloaded itself. Everything it reads
 * of the machine is passed in, so the order is tested without one.
 */

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright'

export type ChromiumSearch =
  | { found: true; path: string; source: ChromiumSource }
  | { found: false; /** Set when CHROMIUM_PATH names something unusable. */ problem?: string }

export interface Machine {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** Whether a path is a file this user may execute. */
  isExecutable(path: string): boolean
  /** Where Playwright keeps its own Chromium (whether or not it is there). */
  playwrightChromium(): string | undefined
}

/** The usual places of a system Chromium or Chrome, most likely first. */
export function systemCandidates(platform: NodeJS.Platform, env: Machine['env']): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ]
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root))
    return roots.flatMap((root) => [join(root, 'Chromium', 'Application', 'chrome.exe'), join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')])
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/lib/chromium/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ]
}

export function findChromium(machine: Machine): ChromiumSearch {
  const chosen = machine.env.CHROMIUM_PATH?.trim()
  if (chosen) {
    return machine.isExecutable(chosen)
      ? { found: true, path: chosen, source: 'CHROMIUM_PATH' }
      : { found: false, problem: `CHROMIUM_PATH is set to ${chosen}, which is not an executable file.` }
  }
  for (const path of systemCandidates(machine.platform, machine.env)) {
    if (machine.isExecutable(path)) return { found: true, path, source: 'system' }
  }
  const own = machine.playwrightChromium()
  if (own && machine.isExecutable(own)) return { found: true, path: own, source: 'playwright' }
  return { found: false }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** This machine, as findChromium reads it. */
export function thisMachine(playwrightChromium: () => string | undefined): Machine {
  return { env: process.env, platform: process.platform, isExecutable: isExecutableFile, playwrightChromium }
}
