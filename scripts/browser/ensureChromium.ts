import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium, thisMachine, type ChromiumSearch } from './findChromium'

/**
 * Run by `npm test` before the end-to-end tests: makes sure a Chromium is
 * there, so the tests pass after `npm install` alone on a fresh machine.
 * When none is found it sets one up: Playwright's own Chromium where its
 * download works, else the system package where apt is there and we are
 * root; otherwise it stops with one line that says exactly what to run.
 */

export const WHAT_TO_RUN =
  'No Chromium for the end-to-end tests: run `npx playwright install chromium` (or `sudo apt-get install chromium` on Debian), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.'

export interface SetUp {
  /** Searches again (after each attempt). */
  search(): ChromiumSearch
  /** Runs a command with its output shown; answers its exit code. */
  run(command: string, args: readonly string[]): number
  platform: NodeJS.Platform
  isRoot: boolean
  hasApt: boolean
  log(line: string): void
}

/** Finds or sets up a Chromium; answers its path, or null after saying what to run. */
export function ensureChromium(setUp: SetUp): string | null {
  const report = (search: ChromiumSearch & { found: true }) => {
    setUp.log(`Chromium for the end-to-end tests: ${search.path} (${search.source === 'CHROMIUM_PATH' ? 'from CHROMIUM_PATH' : search.source === 'system' ? 'the system’s' : 'Playwright’s'})`)
    return search.path
  }
  const first = setUp.search()
  if (first.found) return report(first)
  if (first.problem) {
    setUp.log(first.problem)
    return null
  }

  setUp.log('No Chromium found for the end-to-end tests: setting one up.')
  const attempts: [string, string[]][] = [['npx', ['playwright', 'install', 'chromium']]]
  if (setUp.platform === 'linux' && setUp.isRoot && setUp.hasApt) {
    attempts.push(['apt-get', ['update']], ['apt-get', ['install', '-y', 'chromium']])
  }
  for (const [command, args] of attempts) {
    if (setUp.run(command, args) !== 0) {
      // A failed apt-get update still leaves install worth trying; a failed download is simply the next attempt's turn.
      if (command === 'apt-get' && args[0] === 'install') break
      continue
    }
    const again = setUp.search()
    if (again.found) return report(again)
  }
  setUp.log(WHAT_TO_RUN)
  return null
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const machine = thisMachine(() => chromium.executablePath())
  const path = ensureChromium({
    search: () => findChromium(machine),
    run: (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1,
    platform: process.platform,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: process.platform === 'linux' && hasCommand('apt-get'),
    log: (line) => console.log(line),
  })
  process.exit(path === null ? 1 : 0)
}
