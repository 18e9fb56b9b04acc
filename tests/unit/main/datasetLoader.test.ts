import { mkdir, mkdtemp, open, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  loadDatasetFile,
  MAX_DATASET_BYTES,
  type DatasetFileHandle,
  type DatasetFileSystem,
} from '../../../src/main/datasetLoader'
import type { Dataset } from '../../../src/shared/dataset/schema'
import { describeProblems } from '../../../src/shared/dataset/validate'
import type { DatasetLoadResult } from '../../../src/shared/ipc/contract'
import { minimalDataset } from './fixtures'

const committedDataset = fileURLToPath(new URL('../../../assets/data/infrastructure.json', import.meta.url))
const MIB = 1024 * 1024

let dir: string
let counter = 0

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'infraglobe-loader-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function tempFile(text: string): Promise<string> {
  const file = join(dir, `dataset-${++counter}.json`)
  await writeFile(file, text, 'utf8')
  return file
}

function pretty(dataset: unknown): string {
  return JSON.stringify(dataset, null, 2)
}

async function loadEdited(edit: (d: Dataset) => void): Promise<{ file: string; result: DatasetLoadResult }> {
  const dataset = minimalDataset()
  edit(dataset)
  const file = await tempFile(pretty(dataset))
  return { file, result: await loadDatasetFile(file) }
}

/** Asserts a rejection that names the file and starts a problem with the given JSON path. */
function expectRejected(result: DatasetLoadResult, file: string, jsonPath: string, message: RegExp): string {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(result.file).toBe(file)
  const problem = result.problems.find((p) => p.startsWith(`${jsonPath}: `))
  expect(problem, `a problem at ${jsonPath} in ${JSON.stringify(result.problems)}`).toBeDefined()
  expect(problem).toMatch(message)
  const report = describeProblems(result.file, result.problems)
  expect(report).toContain(file)
  expect(report).toContain(jsonPath)
  return problem ?? ''
}

/** A real file system whose every call is recorded. */
function watchedFileSystem() {
  const readFile = vi.fn<DatasetFileHandle['readFile']>()
  const close = vi.fn<DatasetFileHandle['close']>()
  const fs: DatasetFileSystem = {
    async open(file) {
      const handle = await open(file, 'r')
      readFile.mockImplementation((options) => handle.readFile(options))
      close.mockImplementation(() => handle.close())
      return { stat: () => handle.stat(), readFile, close }
    },
  }
  return { fs, readFile, close }
}

describe('loadDatasetFile', () => {
  it('loads the committed assets/data/infrastructure.json without a problem', async () => {
    const result = await loadDatasetFile(committedDataset)
    if (!result.ok) throw new Error(describeProblems(result.file, result.problems))
    expect(result.file).toBe(committedDataset)
    expect(result.dataset.regions.length).toBeGreaterThan(20)
  })

  it('loads a minimal valid dataset and reports the file it read', async () => {
    const file = await tempFile(pretty(minimalDataset()))
    const result = await loadDatasetFile(file)
    expect(result).toEqual({ ok: true, file, dataset: minimalDataset() })
  })

  it('accepts a file saved with a UTF-8 byte-order mark', async () => {
    const file = await tempFile(`\uFEFF${pretty(minimalDataset())}`)
    expect((await loadDatasetFile(file)).ok).toBe(true)
  })

  it('rejects invalid JSON with the line and column of the error', async () => {
    const text = pretty(minimalDataset()).replace(/\n}$/, ',\n}')
    const lastLine = text.split('\n').length
    const file = await tempFile(text)
    const problem = expectRejected(await loadDatasetFile(file), file, '(root)', /not valid JSON/)
    expect(problem).toContain(`line ${lastLine}, column 1`)
  })

  it('rejects a value of the wrong type at its JSON path', async () => {
    const { file, result } = await loadEdited((d) => {
      ;(d.regions[0] as unknown as Record<string, unknown>).azCount = 'three'
    })
    expectRejected(result, file, 'regions[0].azCount', /expected number/)
  })

  it('rejects a number too large for JSON, which parses as Infinity', async () => {
    const text = pretty(minimalDataset()).replace('"lat": 50.11', '"lat": 1e999')
    const file = await tempFile(text)
    expectRejected(await loadDatasetFile(file), file, 'regions[0].lat', /Infinity/)
  })

  it('rejects the string "NaN" where a coordinate belongs', async () => {
    const text = pretty(minimalDataset()).replace('"lon": 8.68', '"lon": "NaN"')
    const file = await tempFile(text)
    expectRejected(await loadDatasetFile(file), file, 'regions[0].lon', /expected number/)
  })

  it('rejects a latitude beyond the pole', async () => {
    const { file, result } = await loadEdited((d) => {
      d.regions[1]!.lat = 91
    })
    expectRejected(result, file, 'regions[1].lat', /90/)
  })

  it('rejects a duplicate region code', async () => {
    const { file, result } = await loadEdited((d) => {
      d.regions[1]!.code = 'eu-central-1'
    })
    expectRejected(result, file, 'regions[1].code', /duplicate region code "eu-central-1"/)
  })

  it('rejects a reference to a source that does not exist', async () => {
    const { file, result } = await loadEdited((d) => {
      d.regions[0]!.sources = ['no-such-source']
    })
    expectRejected(result, file, 'regions[0].sources[0]', /unknown source id "no-such-source"/)
  })

  it('keeps every problem, not only the ten a report lists', async () => {
    const { result } = await loadEdited((d) => {
      for (let i = 0; i < 12; i++) d.regions.push({ ...d.regions[0]!, lat: 100 + i })
    })
    if (result.ok) throw new Error('expected a rejection')
    expect(result.problems.filter((p) => /^regions\[\d+\]\.lat: /.test(p))).toHaveLength(12)
  })

  it('rejects a 50 MB file by its size without reading it', async () => {
    const file = join(dir, 'huge.json')
    await writeFile(file, '')
    await truncate(file, 50 * MIB) // sparse: instant, takes no disk space
    const { fs, readFile, close } = watchedFileSystem()
    const problem = expectRejected(await loadDatasetFile(file, fs), file, '(root)', /50\.0 MB/)
    expect(problem).toContain(`${MAX_DATASET_BYTES / MIB}.0 MB`)
    expect(readFile).not.toHaveBeenCalled()
    expect(close).toHaveBeenCalledOnce()
  })

  it('reads a file within the limit once and closes it', async () => {
    const { fs, readFile, close } = watchedFileSystem()
    const file = await tempFile(pretty(minimalDataset()))
    expect((await loadDatasetFile(file, fs)).ok).toBe(true)
    expect(readFile).toHaveBeenCalledOnce()
    expect(close).toHaveBeenCalledOnce()
  })

  it('reports a missing file as not found', async () => {
    const file = join(dir, 'missing.json')
    expectRejected(await loadDatasetFile(file), file, '(root)', /not found/)
  })

  it('reports a directory as not a file', async () => {
    const file = join(dir, 'a-directory.json')
    await mkdir(file)
    expectRejected(await loadDatasetFile(file), file, '(root)', /is not a file/)
  })

  it('reports an unreadable file instead of throwing', async () => {
    const file = join(dir, 'locked.json')
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    const fs: DatasetFileSystem = { open: () => Promise.reject(denied) }
    expectRejected(await loadDatasetFile(file, fs), file, '(root)', /permission denied/)
  })

  it('reports a read that fails half-way and still closes the file', async () => {
    const file = join(dir, 'broken.json')
    const close = vi.fn(() => Promise.resolve())
    const fs: DatasetFileSystem = {
      open: () =>
        Promise.resolve({
          stat: () => Promise.resolve({ size: 10, isFile: () => true }),
          readFile: () => Promise.reject(new Error('EIO: i/o error, read')),
          close,
        }),
    }
    expectRejected(await loadDatasetFile(file, fs), file, '(root)', /cannot be read: EIO/)
    expect(close).toHaveBeenCalledOnce()
  })
})
