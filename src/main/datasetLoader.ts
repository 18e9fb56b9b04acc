import { open } from 'node:fs/promises'
import { parseDataset } from '../shared/dataset/validate'
import type { DatasetLoadResult } from '../shared/ipc/contract'

/** The largest dataset the app reads: the shipped file is a few hundred kB. */
export const MAX_DATASET_BYTES = 16 * 1024 * 1024

const MIB = 1024 * 1024

export interface DatasetFileHandle {
  stat(): Promise<{ size: number; isFile(): boolean }>
  readFile(options: { encoding: 'utf8' }): Promise<string>
  close(): Promise<void>
}

/** The file-system calls the loader makes; injectable so tests can watch them. */
export interface DatasetFileSystem {
  open(file: string): Promise<DatasetFileHandle>
}

const nodeFileSystem: DatasetFileSystem = { open: (file) => open(file, 'r') }

function megabytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MB`
}

function describeOpenError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return `(root): ${file} not found`
  if (code === 'EISDIR') return `(root): ${file} is not a file`
  if (code === 'EACCES' || code === 'EPERM') return `(root): ${file} cannot be read (permission denied)`
  const message = error instanceof Error ? error.message : String(error)
  return `(root): ${file} cannot be read: ${message}`
}

/**
 * Reads and validates the dataset file. It never throws: every failure comes
 * back as problems, each starting with the JSON path it concerns (`(root)` for
 * the file as a whole). The size is checked on the open file before anything is
 * read, so an oversized file never reaches memory.
 */
export async function loadDatasetFile(
  file: string,
  fs: DatasetFileSystem = nodeFileSystem,
): Promise<DatasetLoadResult> {
  const fail = (problem: string): DatasetLoadResult => ({ ok: false, file, problems: [problem] })

  let handle: DatasetFileHandle
  try {
    handle = await fs.open(file)
  } catch (error) {
    return fail(describeOpenError(file, error))
  }

  let text: string
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return fail(`(root): ${file} is not a file`)
    if (stats.size > MAX_DATASET_BYTES) {
      return fail(`(root): ${file} is ${megabytes(stats.size)}, larger than the limit of ${megabytes(MAX_DATASET_BYTES)}`)
    }
    text = await handle.readFile({ encoding: 'utf8' })
  } catch (error) {
    return fail(describeOpenError(file, error))
  } finally {
    await handle.close().catch(() => undefined)
  }

  // Editors on some systems save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const checked = parseDataset(text.replace(/^\uFEFF/, ''))
  return checked.ok ? { ok: true, file, dataset: checked.dataset } : { ok: false, file, problems: checked.problems }
}
