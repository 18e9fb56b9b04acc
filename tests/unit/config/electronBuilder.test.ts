import { readFileSync } from 'node:fs'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { describe, expect, it } from 'vitest'

/**
 * The packaged app cannot be built here (no Electron binary), so its configuration is checked
 * instead: electron-builder's own schema accepts it, and every fuse and target is as intended.
 */
const config = JSON.parse(readFileSync(new URL('../../../electron-builder.json', import.meta.url), 'utf8')) as Configuration
const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>
  devDependencies: Record<string, string>
}

describe('the electron-builder configuration', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined } as never)).resolves.toBeUndefined()
    // Compiling the schema takes seconds on a busy machine.
  }, 60_000)

  it('sets every fuse: Node entry points off, ASAR integrity and ASAR-only loading on, no file: privileges, cookies encrypted', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    })
    // Integrity validation needs the archive (and its hash) to exist.
    expect(config.asar).toBe(true)
  })

  it('builds an AppImage and a deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
  })

  it('packages the build and the data, and publishes nothing', () => {
    expect(config.files).toEqual(['out/**/*', 'assets/**/*', 'package.json'])
    expect(config.publish).toBeNull()
    expect(packageJson.scripts.dist).toMatch(/electron-vite build && electron-builder --config electron-builder\.json --publish never$/)
    expect(packageJson.devDependencies['electron-builder']).toBeDefined()
  })
})
