import { pathToFileURL } from 'node:url'

/**
 * The desktop app needs a newer Node.js than the web edition and the tests:
 * Electron 45 (its binary download) and the packaging tools (electron-builder's
 * @electron/rebuild, node-abi) declare Node.js 22.12 or newer. `npm start`
 * and `npm run dist` check it first and say so in one line, instead of
 * failing deep inside a download.
 */
export const DESKTOP_NODE_MINIMUM = '22.12.0'

/** The oldest Node.js the web edition and the tests run on (package.json engines). */
export const WEB_NODE_MINIMUM = '20.19.0'

/** Whether `version` (such as "20.20.2" or "v22.12.0") is at least `minimum`. */
export function atLeast(version: string, minimum: string): boolean {
  const parts = (text: string) => text.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0)
  const [a, b] = [parts(version), parts(minimum)]
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x > y
  }
  return true
}

export function desktopNodeProblem(version: string): string | null {
  if (atLeast(version, DESKTOP_NODE_MINIMUM)) return null
  return (
    `The InfraGlobe desktop app needs Node.js ${DESKTOP_NODE_MINIMUM} or newer (Electron 45 and its packaging tools require it); ` +
    `this is Node.js ${version.replace(/^v/, '')}. The web edition and the tests run on Node.js ${WEB_NODE_MINIMUM} or newer.`
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = desktopNodeProblem(process.versions.node)
  if (problem) {
    console.error(problem)
    process.exit(1)
  }
}
