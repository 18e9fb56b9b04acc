import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDatasetHandlers, readDatasetFile, type DatasetReadFileSystem } from '../../../src/main/datasetFiles'
import type { OpenDialogAnswer } from '../../../src/main/files'
import type { DatasetLoadResult } from '../../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema'
import { makeDataset, makeRegion } from '../fixtures/dataset'

const window = { id: 'main window' }
type Window = typeof window

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'infraglobe-datasets-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** A newer dataset a teacher might open: one more region than the built-in fixture. */
function newerDataset() {
  const d = makeDataset()
  d.regions.push(makeRegion({ code: 'eu-south-9', name: 'Europe (Somewhere)', azIds: [] }))
  return d
}

const builtin: DatasetLoadResult = { ok: true, file: '/app/assets/data/infrastructure.json', dataset: makeDataset() }

function fakeSettings(initial: Settings = structuredClone(DEFAULT_SETTINGS)) {
  let current = initial
  return {
    load: vi.fn(() => Promise.resolve(structuredClone(current))),
    save: vi.fn((next: Settings) => {
      current = structuredClone(next)
      return Promise.resolve()
    }),
    get current() {
      return current
    },
  }
}

function handlers(options: { pick?: OpenDialogAnswer; settings?: ReturnType<typeof fakeSettings>; fs?: DatasetReadFileSystem } = {}) {
  const settings = options.settings ?? fakeSettings()
  const dialogs = {
    showOpenDialog: vi.fn((_window: Window | null, _options: OpenDialogOptions) => Promise.resolve(options.pick ?? { canceled: true, filePaths: [] })),
  }
  const datasets = createDatasetHandlers<Window>({
    dialogs,
    getPath: () => '/home/ada/Documents',
    settings,
    loadBuiltin: () => Promise.resolve(structuredClone(builtin)),
    ...(options.fs ? { fs: options.fs } : {}),
  })
  return { datasets, dialogs, settings }
}

async function write(name: string, text: string): Promise<string> {
  const file = join(dir, name)
  await fs.writeFile(file, text)
  return file
}

describe('opening a dataset', () => {
  it('opens a valid file picked in the native dialog, switches to it and remembers it', async () => {
    const file = await write('infrastructure-2027.json', JSON.stringify(newerDataset()))
    const { datasets, dialogs, settings } = handlers({ pick: { canceled: false, filePaths: [file] } })
    await datasets.start()
    const outcome = await datasets.openDataset(window)
    expect(outcome).toEqual({ status: 'opened', name: 'infrastructure-2027.json', text: JSON.stringify(newerDataset()), remembered: true })
    expect(dialogs.showOpenDialog.mock.calls[0]?.[0]).toBe(window)
    expect(dialogs.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ title: 'Open Dataset', properties: ['openFile'] })
    expect(datasets.current()).toEqual({ ok: true, file, dataset: newerDataset(), origin: 'file' })
    expect(settings.current.dataset).toEqual({ kind: 'file', path: file, name: 'infrastructure-2027.json' })
  })

  it('refuses an invalid file with its first problems and keeps the current dataset', async () => {
    const broken = newerDataset()
    ;(broken.regions[2] as { lat: unknown }).lat = 'north'
    const file = await write('broken.json', JSON.stringify(broken))
    const { datasets, settings } = handlers({ pick: { canceled: false, filePaths: [file] } })
    await datasets.start()
    const outcome = await datasets.openDataset(window)
    expect(outcome).toMatchObject({
      status: 'failed',
      message: 'broken.json is not a dataset InfraGlobe can use; the current dataset stays.',
      problems: [{ file: 'broken.json', path: 'regions[2].lat' }],
    })
    expect(datasets.current()).toMatchObject({ origin: 'builtin', dataset: makeDataset() })
    expect(settings.save).not.toHaveBeenCalled()
  })

  it('refuses a file of 50 MB or more by its size without reading it', async () => {
    const readFile = vi.fn()
    const close = vi.fn(() => Promise.resolve())
    const bigFs: DatasetReadFileSystem = {
      open: () => Promise.resolve({ stat: () => Promise.resolve({ size: 50_000_000, isFile: () => true }), readFile, close }),
    }
    const { datasets } = handlers({ pick: { canceled: false, filePaths: ['/media/huge.json'] }, fs: bigFs })
    await datasets.start()
    const outcome = await datasets.openDataset(window)
    expect(outcome).toEqual({
      status: 'failed',
      message: 'huge.json cannot be used; the current dataset stays.',
      problems: [{ file: 'huge.json', path: '(root)', reason: 'the file is 50.0 MB; a dataset must be smaller than 50.0 MB, so it was not read' }],
    })
    expect(readFile).not.toHaveBeenCalled()
    expect(close).toHaveBeenCalled()
  })

  it('refuses a dataset of another schema version', async () => {
    const file = await write('future.json', JSON.stringify({ ...newerDataset(), schemaVersion: 3 }))
    const { datasets } = handlers({ pick: { canceled: false, filePaths: [file] } })
    await datasets.start()
    expect(await datasets.openDataset(window)).toMatchObject({ status: 'failed', problems: [{ path: 'schemaVersion', reason: expect.stringMatching(/newer/) as string }] })
  })

  it('does nothing when the dialog is cancelled', async () => {
    const { datasets, settings } = handlers()
    await datasets.start()
    expect(await datasets.openDataset(window)).toEqual({ status: 'cancelled' })
    expect(settings.save).not.toHaveBeenCalled()
  })

  it('opens it for the session even when the settings cannot be written, saying it is not remembered', async () => {
    const file = await write('ok.json', JSON.stringify(newerDataset()))
    const settings = fakeSettings()
    settings.save.mockImplementation(() => Promise.reject(new Error('read-only')))
    const { datasets } = handlers({ pick: { canceled: false, filePaths: [file] }, settings })
    await datasets.start()
    expect(await datasets.openDataset(window)).toMatchObject({ status: 'opened', remembered: false })
    expect(datasets.current()).toMatchObject({ origin: 'file' })
  })
})

describe('the dataset at start, and the way back', () => {
  it('loads the remembered dataset at start when it still validates', async () => {
    const file = await write('infrastructure-2027.json', JSON.stringify(newerDataset()))
    const settings = fakeSettings({ ...DEFAULT_SETTINGS, dataset: { kind: 'file', path: file, name: 'infrastructure-2027.json' } })
    const { datasets } = handlers({ settings })
    expect(await datasets.start()).toEqual({ ok: true, file, dataset: newerDataset(), origin: 'file' })
  })

  it('falls back to the built-in dataset with a notice when the remembered one no longer validates or is gone', async () => {
    const file = await write('edited.json', '{"schemaVersion": 2}')
    const settings = fakeSettings({ ...DEFAULT_SETTINGS, dataset: { kind: 'file', path: file, name: 'edited.json' } })
    const result = await handlers({ settings }).datasets.start()
    expect(result).toMatchObject({ ok: true, origin: 'builtin', dataset: makeDataset() })
    expect(result.notice).toMatch(/^The dataset opened last \(.*edited\.json\) cannot be used any more, so the built-in dataset is used: edited\.json, generatedAt: /)

    const gone = fakeSettings({ ...DEFAULT_SETTINGS, dataset: { kind: 'file', path: join(dir, 'moved.json'), name: 'moved.json' } })
    expect((await handlers({ settings: gone }).datasets.start()).notice).toMatch(/moved\.json no longer exists/)
  })

  it('goes back to the built-in dataset and forgets the file', async () => {
    const file = await write('infrastructure-2027.json', JSON.stringify(newerDataset()))
    const settings = fakeSettings({ ...DEFAULT_SETTINGS, dataset: { kind: 'file', path: file, name: 'infrastructure-2027.json' } })
    const { datasets } = handlers({ settings })
    await datasets.start()
    expect(await datasets.useBuiltinDataset()).toEqual({ ...builtin, origin: 'builtin' })
    expect(datasets.current()).toMatchObject({ origin: 'builtin' })
    expect(settings.current.dataset).toEqual({ kind: 'builtin' })
  })
})

describe('readDatasetFile', () => {
  it('refuses text that is not UTF-8 and a folder', async () => {
    const bad = join(dir, 'latin1.json')
    await fs.writeFile(bad, Buffer.from([0x7b, 0xe9, 0x7d]))
    expect(await readDatasetFile(bad)).toMatchObject({ ok: false, problem: { reason: expect.stringMatching(/not UTF-8/) as string } })
    expect(await readDatasetFile(dir)).toMatchObject({ ok: false, problem: { reason: expect.stringMatching(/not a file/) as string } })
  })
})
