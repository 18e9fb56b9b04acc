import type { DatasetOpenOutcome, InfraGlobeApi } from '../../shared/api'
import { datasetSizeProblem, describeDatasetProblems, type DatasetFileCheck } from '../../shared/dataset/fileProblems'
import type { DatasetLoadResult } from '../../shared/ipc/contract'

/**
 * Datasets in the web edition: the bundled file, or one the teacher picks
 * with the browser's file picker. A picked file of MAX_DATASET_FILE_BYTES or
 * more is refused by its size before it is read; a valid one is remembered in
 * localStorage (when it fits) and opened again at the next start, falling back
 * to the bundled one with a notice if it no longer validates.
 */

/** The localStorage key of the remembered dataset: its file name and text. */
export const DATASET_KEY = 'infraglobe.dataset.v1'

export interface WebDatasetOptions {
  loadBundled: () => Promise<DatasetLoadResult>
  document?: Document
  storage?: () => Storage
}

type WebDatasets = Pick<InfraGlobeApi, 'loadDataset' | 'openDataset' | 'useBuiltinDataset'>

/** The file's bytes through FileReader: every browser has it, and so does the test DOM. */
function readText(file: Blob): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(reader.result as ArrayBuffer))
      } catch {
        reject(new Error('it is not UTF-8 text (a dataset is JSON saved as UTF-8)'))
      }
    }
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsArrayBuffer(file)
  })
}

/** The shared validation, fetched with the first file it checks (zod and the schemas are not part of the first download). */
async function checkDatasetText(file: string, text: string): Promise<DatasetFileCheck> {
  const { checkDatasetText: check } = await import('../../shared/dataset/openDataset')
  return check(file, text)
}

/** Checks and reads a picked file: the size first, then the text, then the shared validation. */
export async function openPickedDataset(file: File, remember: (name: string, text: string) => boolean): Promise<DatasetOpenOutcome> {
  const tooLarge = datasetSizeProblem(file.name, file.size)
  if (tooLarge) return { status: 'failed', message: `${file.name} cannot be used; the current dataset stays.`, problems: [tooLarge] }
  let text: string
  try {
    text = await readText(file)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { status: 'failed', message: `${file.name} cannot be used; the current dataset stays.`, problems: [{ file: file.name, path: '(root)', reason }] }
  }
  const check = await checkDatasetText(file.name, text)
  if (!check.ok) {
    return { status: 'failed', message: `${file.name} is not a dataset InfraGlobe can use; the current dataset stays.`, problems: check.problems }
  }
  return { status: 'opened', name: file.name, text, remembered: remember(file.name, text) }
}

export function createWebDatasets(options: WebDatasetOptions): WebDatasets {
  const doc = () => options.document ?? document
  const storage = options.storage ?? (() => window.localStorage)

  const remember = (name: string, text: string): boolean => {
    try {
      storage().setItem(DATASET_KEY, JSON.stringify({ name, text }))
      return true
    } catch {
      // Quota or disabled storage: the dataset is used for this session only.
      return false
    }
  }
  const forget = () => {
    try {
      storage().removeItem(DATASET_KEY)
    } catch {
      // Nothing stored, or storage disabled: nothing to forget.
    }
  }

  async function bundled(notice?: string): Promise<DatasetLoadResult> {
    const result = await options.loadBundled()
    return { ...result, origin: 'builtin', ...(notice ? { notice } : {}) }
  }

  function storedChoice(): string | null {
    try {
      return storage().getItem(DATASET_KEY)
    } catch {
      return null
    }
  }

  function parseStored(stored: string): { name?: unknown; text?: unknown } | null {
    try {
      return JSON.parse(stored) as { name?: unknown; text?: unknown }
    } catch {
      return null
    }
  }

  async function loadDataset(): Promise<DatasetLoadResult> {
    const stored = storedChoice()
    if (stored === null) return bundled()
    const remembered = parseStored(stored)
    const name = typeof remembered?.name === 'string' ? remembered.name : 'the dataset opened last'
    if (typeof remembered?.text !== 'string') return bundled(`${name} could not be read back, so the built-in dataset is used.`)
    const check = await checkDatasetText(name, remembered.text)
    if (check.ok) return { ok: true, file: name, dataset: check.dataset, origin: 'file' }
    return bundled(`${name} no longer validates, so the built-in dataset is used: ${describeDatasetProblems(check).join('; ')}`)
  }

  /** Browsers that fire no 'cancel' event leave a cancelled pick pending, as for lessons. */
  function openDataset(): Promise<DatasetOpenOutcome> {
    return new Promise<DatasetOpenOutcome>((resolve) => {
      const input = doc().createElement('input')
      input.type = 'file'
      input.accept = '.json,application/json'
      input.hidden = true
      const finish = (outcome: DatasetOpenOutcome | Promise<DatasetOpenOutcome>) => {
        input.remove()
        resolve(outcome)
      }
      input.addEventListener('cancel', () => finish({ status: 'cancelled' }), { once: true })
      input.addEventListener(
        'change',
        () => {
          const file = input.files?.[0]
          finish(file ? openPickedDataset(file, remember) : { status: 'cancelled' })
        },
        { once: true },
      )
      doc().body.append(input)
      input.click()
    })
  }

  async function useBuiltinDataset(): Promise<DatasetLoadResult> {
    forget()
    return bundled()
  }

  return { loadDataset, openDataset, useBuiltinDataset }
}
