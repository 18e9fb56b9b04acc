import * as nodeFs from 'node:fs/promises'
import { basename } from 'node:path'
import type { DatasetOpenOutcome } from '../shared/api'
import { checkDatasetText, datasetSizeProblem, describeDatasetProblems, type DatasetProblem } from '../shared/dataset/openDataset'
import type { DatasetLoadResult } from '../shared/ipc/contract'
import type { DatasetChoice, Settings } from '../shared/settings/schema'
import type { FileDialogs, FolderName } from './files'
import type { SettingsStore } from './settings'

/**
 * The dataset the app runs on, and the teacher's way to change it: open a
 * newer infrastructure.json (native dialog, refused by size before it is
 * read, validated by the shared schema), remember it in the settings, load it
 * again at the next start, and go back to the built-in one. Main holds the
 * current dataset; the renderer asks for it and switches on an open.
 */

export interface DatasetReadFileSystem {
  open(file: string, flags: 'r'): Promise<{
    stat(): Promise<{ size: number; isFile(): boolean }>
    readFile(): Promise<Uint8Array>
    close(): Promise<void>
  }>
}

export interface DatasetHandlerDependencies<W> {
  dialogs: Pick<FileDialogs<W>, 'showOpenDialog'>
  getPath(name: FolderName): string
  settings: Pick<SettingsStore, 'load' | 'save'>
  /** Loads the bundled dataset (datasetLoader). */
  loadBuiltin(): Promise<DatasetLoadResult>
  fs?: DatasetReadFileSystem
}

export interface DatasetHandlers<W> {
  /** Loads what the settings remember, else the bundled dataset; call once at start. */
  start(): Promise<DatasetLoadResult>
  /** The dataset the renderer should show now. */
  current(): DatasetLoadResult
  openDataset(window: W | null): Promise<DatasetOpenOutcome>
  useBuiltinDataset(): Promise<DatasetLoadResult>
}

const FILTERS = [
  { name: 'InfraGlobe dataset (*.json)', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
]

type ReadResult = { ok: true; text: string } | { ok: false; problem: DatasetProblem }

/** Reads a picked or remembered dataset file, refusing one too large by its size before any of it is read. */
export async function readDatasetFile(path: string, fs: DatasetReadFileSystem = nodeFs): Promise<ReadResult> {
  const name = basename(path)
  const fail = (reason: string): ReadResult => ({ ok: false, problem: { file: name, path: '(root)', reason } })
  let handle: Awaited<ReturnType<DatasetReadFileSystem['open']>>
  try {
    handle = await fs.open(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    return fail(code === 'ENOENT' ? `${path} no longer exists` : `${path} cannot be read (${code ?? String(error)})`)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return fail(`${path} is not a file`)
    const tooLarge = datasetSizeProblem(name, stats.size)
    if (tooLarge) return { ok: false, problem: tooLarge }
    const bytes = await handle.readFile()
    // The file may have grown since it was measured.
    const grown = datasetSizeProblem(name, bytes.byteLength)
    if (grown) return { ok: false, problem: grown }
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
    } catch {
      return fail('it is not UTF-8 text (a dataset is JSON saved as UTF-8)')
    }
  } catch (error) {
    return fail(`${path} cannot be read (${error instanceof Error ? error.message : String(error)})`)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

export function createDatasetHandlers<W>(deps: DatasetHandlerDependencies<W>): DatasetHandlers<W> {
  const fs = deps.fs ?? nodeFs
  let current: DatasetLoadResult | null = null

  async function remember(choice: DatasetChoice): Promise<void> {
    const settings: Settings = await deps.settings.load()
    await deps.settings.save({ ...settings, dataset: choice })
  }

  async function builtin(notice?: string): Promise<DatasetLoadResult> {
    const result = await deps.loadBuiltin()
    return { ...result, origin: 'builtin', ...(notice ? { notice } : {}) }
  }

  async function start(): Promise<DatasetLoadResult> {
    const choice = (await deps.settings.load()).dataset
    if (choice?.kind === 'file') {
      const read = await readDatasetFile(choice.path, fs)
      let why: string
      if (read.ok) {
        const check = checkDatasetText(choice.name, read.text)
        if (check.ok) {
          current = { ok: true, file: choice.path, dataset: check.dataset, origin: 'file' }
          return current
        }
        why = describeDatasetProblems(check).join('; ')
      } else {
        why = `${read.problem.file}, ${read.problem.path}: ${read.problem.reason}`
      }
      current = await builtin(`The dataset opened last (${choice.path}) cannot be used any more, so the built-in dataset is used: ${why}`)
      return current
    }
    current = await builtin()
    return current
  }

  async function openDataset(window: W | null): Promise<DatasetOpenOutcome> {
    let answer: { canceled: boolean; filePaths: string[] }
    try {
      answer = await deps.dialogs.showOpenDialog(window, {
        title: 'Open Dataset',
        defaultPath: deps.getPath('documents'),
        filters: FILTERS,
        properties: ['openFile'],
      })
    } catch (error) {
      return { status: 'failed', message: `InfraGlobe could not show the file dialog: ${error instanceof Error ? error.message : String(error)}`, problems: [] }
    }
    const path = answer.filePaths[0]
    if (answer.canceled || !path) return { status: 'cancelled' }
    const name = basename(path)
    const read = await readDatasetFile(path, fs)
    if (!read.ok) return { status: 'failed', message: `${name} cannot be used; the current dataset stays.`, problems: [read.problem] }
    const check = checkDatasetText(name, read.text)
    if (!check.ok) {
      return { status: 'failed', message: `${name} is not a dataset InfraGlobe can use; the current dataset stays.`, problems: check.problems }
    }
    current = { ok: true, file: path, dataset: check.dataset, origin: 'file' }
    let remembered = true
    try {
      await remember({ kind: 'file', path, name })
    } catch {
      // The settings store has already said why it cannot write; the dataset is used for this session only.
      remembered = false
    }
    return { status: 'opened', name, text: read.text, remembered }
  }

  async function useBuiltinDataset(): Promise<DatasetLoadResult> {
    current = await builtin()
    await remember({ kind: 'builtin' }).catch(() => undefined)
    return current
  }

  return {
    start,
    current: () => {
      if (!current) throw new Error('the dataset is read at start: call start() first')
      return current
    },
    openDataset,
    useBuiltinDataset,
  }
}
