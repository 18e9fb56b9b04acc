import { describe, expect, it, vi } from 'vitest'
import { ensureChromium, WHAT_TO_RUN, type SetUp } from '../../../../scripts/browser/ensureChromium'
import type { ChromiumSearch } from '../../../../scripts/browser/findChromium'

/**
 * A machine on which commands succeed or fail as a test says, and a browser appears once the
 * command that installs it has run.
 */
function machine(options: { has?: ChromiumSearch; installs?: Record<string, ChromiumSearch & { found: true }>; fails?: string[]; root?: boolean; apt?: boolean }) {
  let current: ChromiumSearch = options.has ?? { found: false }
  const lines: string[] = []
  const run = vi.fn((command: string, args: readonly string[]) => {
    const line = [command, ...args].join(' ')
    if (options.fails?.includes(line)) return 1
    const installed = options.installs?.[line]
    if (installed) current = installed
    return 0
  })
  const setUp: SetUp = {
    search: () => current,
    run,
    platform: 'linux',
    isRoot: options.root ?? false,
    hasApt: options.apt ?? false,
    log: (line) => lines.push(line),
  }
  return { setUp, run, lines, commands: () => run.mock.calls.map(([command, args]) => [command, ...args].join(' ')) }
}

const system = { found: true, path: '/usr/bin/chromium', source: 'system' } as const
const playwrights = { found: true, path: '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome', source: 'playwright' } as const

describe('ensureChromium', () => {
  it('uses the browser that is there and installs nothing', () => {
    const m = machine({ has: system })
    expect(ensureChromium(m.setUp)).toBe('/usr/bin/chromium')
    expect(m.run).not.toHaveBeenCalled()
    expect(m.lines).toEqual(['Chromium for the end-to-end tests: /usr/bin/chromium (the system’s)'])
  })

  it('stops at a wrong CHROMIUM_PATH without installing anything', () => {
    const m = machine({ has: { found: false, problem: 'CHROMIUM_PATH is set to /x, which is not an executable file.' } })
    expect(ensureChromium(m.setUp)).toBeNull()
    expect(m.run).not.toHaveBeenCalled()
    expect(m.lines).toEqual(['CHROMIUM_PATH is set to /x, which is not an executable file.'])
  })

  it("downloads Playwright's Chromium where the download works", () => {
    const m = machine({ installs: { 'npx playwright install chromium': playwrights }, root: true, apt: true })
    expect(ensureChromium(m.setUp)).toBe(playwrights.path)
    expect(m.commands()).toEqual(['npx playwright install chromium'])
  })

  it('installs the system package where the download fails and apt is there to root', () => {
    const m = machine({ fails: ['npx playwright install chromium'], installs: { 'apt-get install -y chromium': system }, root: true, apt: true })
    expect(ensureChromium(m.setUp)).toBe('/usr/bin/chromium')
    expect(m.commands()).toEqual(['npx playwright install chromium', 'apt-get update', 'apt-get install -y chromium'])
  })

  it('never runs apt when not root, and then says in one line exactly what to run', () => {
    const m = machine({ fails: ['npx playwright install chromium'], apt: true })
    expect(ensureChromium(m.setUp)).toBeNull()
    expect(m.commands()).toEqual(['npx playwright install chromium'])
    expect(m.lines.at(-1)).toBe(WHAT_TO_RUN)
    expect(WHAT_TO_RUN).not.toContain('\n')
  })

  it('says what to run when every attempt fails', () => {
    const m = machine({ fails: ['npx playwright install chromium', 'apt-get install -y chromium'], root: true, apt: true })
    expect(ensureChromium(m.setUp)).toBeNull()
    expect(m.lines.at(-1)).toBe(WHAT_TO_RUN)
  })
})
