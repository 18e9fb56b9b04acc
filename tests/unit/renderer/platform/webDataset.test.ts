import { describe, expect, it, vi } from 'vitest'
import { createWebDatasets, DATASET_KEY, openPickedDataset } from '../../../../src/renderer/platform/webDataset'
import type { DatasetLoadResult } from '../../../../src/shared/ipc/contract'
import { makeDataset, makeRegion } from '../../fixtures/dataset'

function newerDataset() {
  const d = makeDataset()
  d.regions.push(makeRegion({ code: 'eu-south-9', name: 'Europe (Somewhere)', azIds: [] }))
  return d
}

const bundled: DatasetLoadResult = { ok: true, file: 'assets/data/infrastructure.json', dataset: makeDataset() }

/** A Storage that keeps items in a map; `full` makes every write fail as a full quota does. */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError')
      items.set(key, value)
    },
  }
}

function datasets(storage: Storage = memoryStorage()) {
  return createWebDatasets({ loadBundled: () => Promise.resolve(structuredClone(bundled)), storage: () => storage })
}

describe('openPickedDataset', () => {
  it('opens a valid file and remembers it', async () => {
    const text = JSON.stringify(newerDataset())
    const remember = vi.fn(() => true)
    const outcome = await openPickedDataset(new File([text], 'infrastructure-2027.json'), remember)
    expect(outcome).toEqual({ status: 'opened', name: 'infrastructure-2027.json', text, remembered: true })
    expect(remember).toHaveBeenCalledWith('infrastructure-2027.json', text)
  })

  it('refuses an invalid file with its first problems, remembering nothing', async () => {
    const broken = newerDataset()
    ;(broken.regions[0] as { lat: unknown }).lat = 'north'
    const remember = vi.fn(() => true)
    const outcome = await openPickedDataset(new File([JSON.stringify(broken)], 'broken.json'), remember)
    expect(outcome).toMatchObject({ status: 'failed', problems: [{ file: 'broken.json', path: 'regions[0].lat' }] })
    expect(remember).not.toHaveBeenCalled()
  })

  it('refuses a file of 50 MB or more by its size, before reading it', async () => {
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer')
    const huge = { name: 'huge.json', size: 50_000_000 } as File
    const outcome = await openPickedDataset(huge, () => true)
    expect(outcome).toEqual({
      status: 'failed',
      message: 'huge.json cannot be used; the current dataset stays.',
      problems: [{ file: 'huge.json', path: '(root)', reason: 'the file is 50.0 MB; a dataset must be smaller than 50.0 MB, so it was not read' }],
    })
    expect(read).not.toHaveBeenCalled()
    read.mockRestore()
  })

  it('refuses a dataset of another schema version', async () => {
    const outcome = await openPickedDataset(new File([JSON.stringify({ ...newerDataset(), schemaVersion: 7 })], 'future.json'), () => true)
    expect(outcome).toMatchObject({ status: 'failed', problems: [{ path: 'schemaVersion' }] })
  })
})

describe('the web edition remembers an opened dataset', () => {
  it('loads the bundled dataset when nothing is remembered', async () => {
    expect(await datasets().loadDataset()).toEqual({ ...bundled, origin: 'builtin' })
  })

  it('loads the remembered dataset at the next start, and goes back to the bundled one on request', async () => {
    const storage = memoryStorage()
    storage.setItem(DATASET_KEY, JSON.stringify({ name: 'infrastructure-2027.json', text: JSON.stringify(newerDataset()) }))
    const web = datasets(storage)
    expect(await web.loadDataset()).toEqual({ ok: true, file: 'infrastructure-2027.json', dataset: newerDataset(), origin: 'file' })
    expect(await web.useBuiltinDataset()).toEqual({ ...bundled, origin: 'builtin' })
    expect(storage.getItem(DATASET_KEY)).toBeNull()
  })

  it('falls back to the bundled dataset with a notice when the remembered one no longer validates', async () => {
    const storage = memoryStorage()
    storage.setItem(DATASET_KEY, JSON.stringify({ name: 'edited.json', text: '{"schemaVersion": 2}' }))
    const result = await datasets(storage).loadDataset()
    expect(result).toMatchObject({ ok: true, origin: 'builtin', dataset: makeDataset() })
    expect(result.notice).toMatch(/^edited\.json no longer validates, so the built-in dataset is used: edited\.json, generatedAt: /)
  })

  it('opens a picked file through the file picker and says when the browser could not remember it', async () => {
    const web = datasets(memoryStorage(true))
    const pending = web.openDataset()
    const input = document.querySelector('input[type="file"]') as HTMLInputElement
    expect(input.accept).toBe('.json,application/json')
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(newerDataset())], 'newer.json')] })
    input.dispatchEvent(new Event('change'))
    expect(await pending).toMatchObject({ status: 'opened', name: 'newer.json', remembered: false })
    expect(document.querySelector('input[type="file"]')).toBeNull()
  })
})
