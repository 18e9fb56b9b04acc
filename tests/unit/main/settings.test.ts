import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSettingsStore, SETTINGS_FILE, type SettingsFileSystem } from '../../../src/main/settings'
import { MAX_SETTINGS_BYTES } from '../../../src/shared/settings/read'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema'

const frankfurt: Settings = {
  version: 2,
  userLocation: { lat: 50.11, lon: 8.68, label: 'Frankfurt am Main, DE', origin: 'search' },
  layers: { ...DEFAULT_SETTINGS.layers, network: true, latencyArcs: false },
  latencyArcScope: 5,
  theme: 'dark',
  firstRunHintDismissed: false,
}

const at = (label: string, lat: number): Settings => ({
  ...frankfurt,
  userLocation: { lat, lon: 0, label, origin: 'click' },
})

const moment = new Date('2026-11-27T12:34:56.789Z')
const asideName = `${SETTINGS_FILE}.bad-2026-11-27T12-34-56-789Z`

let dir: string
let warn: ReturnType<typeof vi.fn<(message: string) => void>>

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'infraglobe-settings-'))
  warn = vi.fn<(message: string) => void>()
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

function store(fileSystem?: SettingsFileSystem) {
  return createSettingsStore({ dir, warn, now: () => moment, ...(fileSystem ? { fs: fileSystem } : {}) })
}

const file = () => join(dir, SETTINGS_FILE)
const readJson = async (name: string): Promise<unknown> => JSON.parse(await fs.readFile(join(dir, name), 'utf8'))

describe('the settings store', () => {
  it('starts from the defaults when there is no file, without warning or writing', async () => {
    expect(await store().load()).toEqual(DEFAULT_SETTINGS)
    expect(warn).not.toHaveBeenCalled()
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('writes the settings and reads them back in a new session', async () => {
    await store().save(frankfurt)
    expect(await readJson(SETTINGS_FILE)).toEqual(frankfurt)
    expect(await store().load()).toEqual(frankfurt)
  })

  it('creates the user-data folder when it does not exist yet', async () => {
    const nested = join(dir, 'a', 'b')
    await createSettingsStore({ dir: nested, warn }).save(frankfurt)
    expect(JSON.parse(await fs.readFile(join(nested, SETTINGS_FILE), 'utf8'))).toEqual(frankfurt)
  })

  it('leaves no temporary file behind after a write', async () => {
    const settings = store()
    await settings.save(frankfurt)
    await settings.save(at('Quito', -0.22))
    expect(await fs.readdir(dir)).toEqual([SETTINGS_FILE])
  })

  it('flushes the new file to disk before renaming it over the old one', async () => {
    const steps: string[] = []
    const watched: SettingsFileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        const handle = await fs.open(path, flags)
        if (flags !== 'wx') return handle
        const sync = handle.sync.bind(handle)
        handle.sync = async () => {
          steps.push('sync temp')
          return sync()
        }
        return handle
      }) as SettingsFileSystem['open'],
      rename: async (from, to) => {
        steps.push(`rename to ${String(to).endsWith(SETTINGS_FILE) ? SETTINGS_FILE : 'elsewhere'}`)
        return fs.rename(from, to)
      },
    }
    await store(watched).save(frankfurt)
    expect(steps).toEqual(['sync temp', `rename to ${SETTINGS_FILE}`])
  })

  it('keeps the old file whole and removes the temporary one when the write fails', async () => {
    await store().save(frankfurt)
    const failing: SettingsFileSystem = {
      ...fs,
      rename: () => Promise.reject(Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' })),
    }
    await expect(store(failing).save(at('Quito', -0.22))).rejects.toThrow(/EXDEV/)
    expect(await readJson(SETTINGS_FILE)).toEqual(frankfurt)
    expect(await fs.readdir(dir)).toEqual([SETTINGS_FILE])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be saved'))
  })

  it('writes one save at a time, and the last one wins', async () => {
    let writing = 0
    let mostAtOnce = 0
    let writes = 0
    const counting: SettingsFileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        if (flags !== 'wx') return fs.open(path, flags)
        writing++
        writes++
        mostAtOnce = Math.max(mostAtOnce, writing)
        await new Promise((resolve) => setTimeout(resolve, 5))
        return fs.open(path, flags)
      }) as SettingsFileSystem['open'],
      rename: async (from, to) => {
        await fs.rename(from, to)
        writing--
      },
    }
    const settings = store(counting)
    const places = Array.from({ length: 8 }, (_, i) => at(`Place ${i}`, i))
    await Promise.all(places.map((p) => settings.save(p)))
    expect(mostAtOnce).toBe(1)
    // The first write starts at once; the seven saves made meanwhile collapse into one.
    expect(writes).toBe(2)
    expect(await readJson(SETTINGS_FILE)).toEqual(places[7])
    expect(await settings.load()).toEqual(places[7])
  })

  it('migrates an older file when it reads it', async () => {
    await fs.writeFile(file(), JSON.stringify({ userLocation: { lat: 1.29, lon: 103.85, label: 'Singapore, SG' } }))
    expect(await store().load()).toEqual({
      ...DEFAULT_SETTINGS,
      userLocation: { lat: 1.29, lon: 103.85, label: 'Singapore, SG', origin: 'click' },
      // Settings on disk mean the app has started before: no first-start hint.
      firstRunHintDismissed: true,
    })
    expect(warn).not.toHaveBeenCalled()
  })

  it.each([
    ['broken JSON', '{"version": 1, "layers": '],
    ['a value the schema refuses', JSON.stringify({ ...frankfurt, latencyArcScope: -3 })],
    ['not an object', '"Frankfurt"'],
  ])('sets a file of %s aside, warns, and starts from the defaults', async (_what, text) => {
    await fs.writeFile(file(), text)
    expect(await store().load()).toEqual(DEFAULT_SETTINGS)
    expect(await fs.readFile(join(dir, asideName), 'utf8')).toBe(text)
    expect(await fs.readdir(dir)).toEqual([asideName])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`kept in ${join(dir, asideName)}`))
  })

  it('refuses a file from a newer InfraGlobe without losing it, even after saving', async () => {
    const newer = JSON.stringify({ ...frankfurt, version: 3, theme: 'light' })
    await fs.writeFile(file(), newer)
    const settings = store()
    expect(await settings.load()).toEqual(DEFAULT_SETTINGS)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('newer InfraGlobe'))
    await settings.save(frankfurt)
    expect(await fs.readFile(join(dir, asideName), 'utf8')).toBe(newer)
    expect(await readJson(SETTINGS_FILE)).toEqual(frankfurt)
  })

  it('sets the bad file aside before the first save, even when nothing was loaded', async () => {
    await fs.writeFile(file(), 'garbage')
    await store().save(frankfurt)
    expect(await fs.readFile(join(dir, asideName), 'utf8')).toBe('garbage')
    expect(await readJson(SETTINGS_FILE)).toEqual(frankfurt)
  })

  it('does not overwrite an earlier set-aside file', async () => {
    await fs.writeFile(join(dir, asideName), 'first')
    await fs.writeFile(file(), 'second')
    await store().load()
    expect(await fs.readFile(join(dir, asideName), 'utf8')).toBe('first')
    expect(await fs.readFile(join(dir, `${asideName}-2`), 'utf8')).toBe('second')
  })

  it('refuses a file beyond the size limit without reading it into memory', async () => {
    await fs.writeFile(file(), `{"pad": "${'x'.repeat(MAX_SETTINGS_BYTES)}"}`)
    const reading: SettingsFileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        const handle = await fs.open(path, flags)
        vi.spyOn(handle, 'readFile').mockRejectedValue(new Error('read the whole oversized file'))
        return handle
      }) as SettingsFileSystem['open'],
    }
    expect(await store(reading).load()).toEqual(DEFAULT_SETTINGS)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/more than the limit of 65536/))
    expect(await fs.readdir(dir)).toEqual([asideName])
  })

  it('writes nothing when a bad file cannot be moved aside, so it is never lost', async () => {
    await fs.writeFile(file(), 'garbage')
    const stuck: SettingsFileSystem = {
      ...fs,
      rename: () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' })),
    }
    const settings = store(stuck)
    expect(await settings.load()).toEqual(DEFAULT_SETTINGS)
    await expect(settings.save(frankfurt)).rejects.toThrow(/kept as it is/)
    expect(await fs.readFile(file(), 'utf8')).toBe('garbage')
    expect(await fs.readdir(dir)).toEqual([SETTINGS_FILE])
  })

  it('writes nothing when the file exists but cannot be read', async () => {
    await fs.writeFile(file(), JSON.stringify(frankfurt))
    const unreadable: SettingsFileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        if (flags === 'r' && String(path).endsWith(SETTINGS_FILE)) {
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
        }
        return fs.open(path, flags)
      }) as SettingsFileSystem['open'],
    }
    const settings = store(unreadable)
    expect(await settings.load()).toEqual(DEFAULT_SETTINGS)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cannot be read (EACCES'))
    await expect(settings.save(at('Quito', -0.22))).rejects.toThrow(/kept as it is/)
    expect(await readJson(SETTINGS_FILE)).toEqual(frankfurt)
  })

  it('hands out copies, so changing a loaded value changes nothing stored', async () => {
    const settings = store()
    await settings.save(frankfurt)
    const loaded = await settings.load()
    loaded.layers.network = false
    expect((await settings.load()).layers.network).toBe(true)
  })
})

describe('settings that throw while being read', () => {
  it('sets a file with a version nested 32,000 deep aside, starts from the defaults and saves again', async () => {
    const deep = `{"version": ${'['.repeat(32_000)}1${']'.repeat(32_000)}}`
    await fs.writeFile(file(), deep)
    const settings = store()
    expect(await settings.load()).toEqual(DEFAULT_SETTINGS)
    expect(await fs.readFile(join(dir, asideName), 'utf8')).toBe(deep)
    await settings.save(frankfurt)
    expect(await readJson(SETTINGS_FILE)).toEqual(frankfurt)
  })
})

describe('a save that fails', () => {
  it('rejects with a sentence that says where and why, for the page to show', async () => {
    const full: SettingsFileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        if (flags === 'wx') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        return fs.open(path, flags)
      }) as SettingsFileSystem['open'],
    }
    await expect(store(full).save(frankfurt)).rejects.toThrow(`The settings could not be saved to ${file()}: the disk is full.`)
  })
})
