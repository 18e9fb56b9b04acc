import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSettingsStore, SETTINGS_FILE, type SettingsFileSystem } from '../../../src/main/settings'
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from '../../../src/shared/settings/schema'
import { hostileText, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../fixtures/hostile'

const berlin: Settings = {
  version: SETTINGS_VERSION,
  userLocation: { lat: 52.52, lon: 13.405, label: 'Berlin, DE', origin: 'search' },
  layers: { ...DEFAULT_SETTINGS.layers, network: true, latencyArcs: false },
  latencyArcScope: 10,
  theme: 'dark',
  firstRunHintDismissed: false,
}

let root: string
let run = 0

/** The real file system without the flush to disk: what is checked here is the files' contents, a thousand times. */
const unflushed: SettingsFileSystem = {
  ...fs,
  open: (async (path: string, flags?: string) => {
    const handle = await fs.open(path, flags)
    handle.sync = () => Promise.resolve()
    return handle
  }) as SettingsFileSystem['open'],
}

beforeAll(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'infraglobe-settings-properties-'))
})

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('the settings store, given any file on disk', () => {
  it('starts with valid settings, never loses the file it refuses, and can save afterwards', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(berlin), async (text) => {
        const dir = join(root, String(++run % 2))
        await fs.rm(dir, { recursive: true, force: true })
        await fs.mkdir(dir)
        await fs.writeFile(join(dir, SETTINGS_FILE), text)
        const store = createSettingsStore({ dir, fs: unflushed, warn: () => undefined, now: () => new Date(Date.UTC(2026, 11, 4)) })
        const loaded = await store.load()
        expect(SettingsSchema.safeParse(loaded).success).toBe(true)
        const names = await fs.readdir(dir)
        const aside = names.find((name) => name.startsWith(`${SETTINGS_FILE}.bad-`))
        // A refused file is kept, byte for byte, under its .bad- name; an accepted one stays where it was.
        expect((await fs.readFile(join(dir, aside ?? SETTINGS_FILE))).equals(Buffer.from(text, 'utf8'))).toBe(true)
        await store.save(berlin)
        expect(await store.load()).toEqual(berlin)
      }),
      PROPERTY_RUNS,
    )
  }, PROPERTY_TIMEOUT_MS)
})
