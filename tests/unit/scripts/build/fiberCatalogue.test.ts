import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGUE_MODULE, narrowFiberCanvas } from '../../../../scripts/build/fiberCatalogue'

/** The installed @react-three/fiber's Canvas module, as the build reads it. */
const require = createRequire(import.meta.url)
const canvasModule = join(dirname(require.resolve('@react-three/fiber/package.json')), 'dist', 'react-three-fiber.esm.js')
const canvasCode = readFileSync(canvasModule, 'utf8')

describe("the build's narrowing of @react-three/fiber's catalogue", () => {
  it("hands the installed Canvas the app's catalogue in place of the whole THREE namespace", () => {
    const narrowed = narrowFiberCanvas(canvasCode)
    expect(narrowed).not.toContain('extend(THREE)')
    expect(narrowed).toContain('extend(THREE_CATALOGUE)')
    expect(narrowed.startsWith(`import { THREE_CATALOGUE } from ${JSON.stringify(CATALOGUE_MODULE.replaceAll('\\', '/'))};`)).toBe(true)
  })

  it("keeps the module's line numbers", () => {
    expect(narrowFiberCanvas(canvasCode).split('\n')).toHaveLength(canvasCode.split('\n').length)
  })

  it('stops the build when the Canvas no longer registers the namespace exactly once', () => {
    expect(() => narrowFiberCanvas('function Canvas() {}')).toThrow(/no longer calls extend\(THREE\) once/)
    expect(() => narrowFiberCanvas('extend(THREE); extend(THREE)')).toThrow(/no longer calls extend\(THREE\) once/)
  })
})
