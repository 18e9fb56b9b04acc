import type { Dataset } from './schema'

/**
 * A dataset file's problems as the person sees them, and its refusal by size: apart from the
 * validator (./openDataset), so the web edition can refuse a file by its size and word a report
 * without loading any schema.
 */

/** A file of this many bytes or more is refused by its size, before any of it is read ("a 50 MB file is refused"). */
export const MAX_DATASET_FILE_BYTES = 50_000_000

export interface DatasetProblem {
  /** The file as the person knows it: a name or a path. */
  file: string
  /** Where in the document: "regions[3].lat", "schemaVersion", "(root)". */
  path: string
  reason: string
}

export type DatasetFileCheck =
  | { ok: true; dataset: Dataset }
  | {
      ok: false
      /** The first problems, at most MAX_LISTED_PROBLEMS. */
      problems: DatasetProblem[]
      /** How many more were found and not listed. */
      more: number
    }

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** The refusal of a file by its size alone, or null when the size is acceptable. */
export function datasetSizeProblem(file: string, bytes: number): DatasetProblem | null {
  if (bytes < MAX_DATASET_FILE_BYTES) return null
  return {
    file,
    path: '(root)',
    reason: `the file is ${megabytes(bytes)}; a dataset must be smaller than ${megabytes(MAX_DATASET_FILE_BYTES)}, so it was not read`,
  }
}

/** "infrastructure.json, regions[3].lat: expected a number" per problem, for a list a person reads. */
export function describeDatasetProblems(check: Extract<DatasetFileCheck, { ok: false }>): string[] {
  return [
    ...check.problems.map((p) => `${p.file}, ${p.path}: ${p.reason}`),
    ...(check.more > 0 ? [`… and ${check.more} more problem${check.more === 1 ? '' : 's'}`] : []),
  ]
}
