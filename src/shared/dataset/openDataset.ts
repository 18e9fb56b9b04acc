import { SCHEMA_VERSION } from './schema'
import { datasetSizeProblem, describeDatasetProblems, MAX_DATASET_FILE_BYTES, type DatasetFileCheck, type DatasetProblem } from './fileProblems'
import { MAX_LISTED_PROBLEMS, parseDataset } from './validate'

export { datasetSizeProblem, describeDatasetProblems, MAX_DATASET_FILE_BYTES, type DatasetFileCheck, type DatasetProblem }

/**
 * Opening a dataset file a teacher picks (a newer infrastructure.json): the
 * same schema and cross-reference checks as the built-in one, reported as the
 * first problems with the file, the path in the document and the reason. Used
 * by main, the web edition and the renderer alike.
 */

/** "regions[3].lat: expected a number" → path and reason. */
function splitProblem(file: string, problem: string): DatasetProblem {
  const at = problem.indexOf(': ')
  return at < 0 ? { file, path: '(root)', reason: problem } : { file, path: problem.slice(0, at), reason: problem.slice(at + 2) }
}

/**
 * Checks the text of a dataset file. A schema version other than this app's
 * is refused on its own, before anything else is checked, so a newer file
 * is not reported as a list of unrelated errors.
 */
export function checkDatasetText(file: string, text: string, limit = MAX_LISTED_PROBLEMS): DatasetFileCheck {
  const fail = (problems: DatasetProblem[]): DatasetFileCheck => ({
    ok: false,
    problems: problems.slice(0, limit),
    more: Math.max(0, problems.length - limit),
  })
  const body = text.replace(/^\uFEFF/, '')
  let version: unknown
  try {
    version = (JSON.parse(body) as { schemaVersion?: unknown } | null)?.schemaVersion
  } catch {
    // parseDataset reports the syntax error with its line and column.
  }
  if (version !== undefined && version !== SCHEMA_VERSION) {
    const newer = Number.isInteger(version) && (version as number) > SCHEMA_VERSION
    const older = Number.isInteger(version) && (version as number) >= 1 && (version as number) < SCHEMA_VERSION
    return fail([
      {
        file,
        path: 'schemaVersion',
        reason: newer
          ? `the file is schema version ${version as number}, newer than this InfraGlobe reads (version ${SCHEMA_VERSION}); update the app`
          : older
            ? `the file is schema version ${version as number}, older than this InfraGlobe reads (version ${SCHEMA_VERSION}); build it again with npm run data:build`
            : `${JSON.stringify(version).slice(0, 40)} is not a schema version this InfraGlobe reads (version ${SCHEMA_VERSION})`,
      },
    ])
  }
  const checked = parseDataset(body)
  if (checked.ok) return { ok: true, dataset: checked.dataset }
  return fail(checked.problems.map((p) => splitProblem(file, p)))
}
