import { readFileSync } from 'node:fs'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { DESKTOP_NODE_MINIMUM, WEB_NODE_MINIMUM } from '../../../scripts/node/desktopNode'

/**
 * package.json engines, the README and .ci/run agree on the Node.js the project needs, and that is
 * what the installed dependencies need: 20.19 for the web edition and the tests (what CI runs),
 * 22.12 for the desktop app and its packaging only.
 */
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')
const packageJson = JSON.parse(read('package.json')) as { engines: { node: string } }
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }> }
const readme = read('README.md')
const ci = read('.ci/run')

/** Packages that only download, run or package the Electron binary: the desktop app's, not the tests'. */
const DESKTOP_ONLY = new Set(['electron', '@electron/get', '@electron/rebuild', 'node-abi', '@electron-internal/extract-zip'])

/** Every installed package whose engines field does not accept a Node.js version. */
function refusing(version: string): string[] {
  const names = new Set<string>()
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
    if (!path || !range || semver.satisfies(version, range, { includePrerelease: true })) continue
    names.add(path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
  }
  return [...names].sort()
}

describe('the Node.js the project needs', () => {
  it('package.json engines names the minimum of the web edition and the tests', () => {
    expect(semver.minVersion(packageJson.engines.node)?.version).toBe(WEB_NODE_MINIMUM)
  })

  it('every dependency accepts that minimum, except the few that run or package the desktop app', () => {
    const refused = refusing(WEB_NODE_MINIMUM)
    expect(refused.filter((name) => !DESKTOP_ONLY.has(name))).toEqual([])
  })

  it('the desktop minimum is what those desktop packages ask for, and they all accept it', () => {
    expect(refusing(DESKTOP_NODE_MINIMUM).filter((name) => DESKTOP_ONLY.has(name))).toEqual([])
    const electron = lock.packages['node_modules/electron']?.engines
    expect(Array.isArray(electron) ? undefined : semver.minVersion(electron?.node ?? '')?.version).toBe(DESKTOP_NODE_MINIMUM)
  })

  it('the README names both minimums, and says which is for what', () => {
    const short = (version: string) => version.replace(/\.0$/, '')
    expect(readme).toContain(`| run the web edition, run the tests, build the data | ${short(WEB_NODE_MINIMUM)} or newer |`)
    expect(readme).toContain(`(\`npm run dist\`) | ${short(DESKTOP_NODE_MINIMUM)} or newer |`)
  })

  it('.ci/run refuses a Node.js older than the same minimum, and runs the README’s test command', () => {
    const [major, minor] = WEB_NODE_MINIMUM.split('.')
    expect(ci).toContain(`a > ${major} || (a === ${major} && b >= ${minor})`)
    expect(ci).toContain(`Node.js ${major}.${minor} or newer`)
    expect(readme).toMatch(/^npm test\s+#/m)
    expect(ci).toMatch(/^npm test$/m)
  })
})
