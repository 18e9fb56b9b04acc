/**
 * npm run data:diff -- <old.json> <new.json>
 * npm run data:diff                      (the committed dataset against a fresh build, in memory)
 *
 * Prints, for a person, what changed between two datasets. Bad arguments or
 * a file that is not a dataset: one line on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '../src/shared/dataset/schema'
import { parseDataset } from '../src/shared/dataset/validate'
import { buildDataset } from './dataset/build'
import { diffDatasets, formatDiff } from './dataset/diff'
import { BuildError } from './dataset/errors'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const USAGE = 'usage: npm run data:diff -- [<old.json> <new.json>]'

class UsageError extends Error {}

function readDataset(file: string): Dataset {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  const check = parseDataset(text.replace(/^\uFEFF/, ''))
  if (!check.ok) throw new UsageError(`${file} is not a dataset InfraGlobe reads: ${check.problems[0]}`)
  return check.dataset
}

function main(argv: readonly string[]): string {
  if (argv.length === 0) {
    const committed = resolve(repo, 'assets', 'data', 'infrastructure.json')
    const fresh = buildDataset(resolve(repo, '..', 'shared', 'data', 'raw'))
    return formatDiff(diffDatasets(readDataset(committed), fresh), { before: 'the committed dataset', after: 'a fresh build' })
  }
  if (argv.length !== 2 || argv.some((a) => a.startsWith('-'))) throw new UsageError(`expected two dataset files or none (${USAGE})`)
  const [before, after] = argv as [string, string]
  return formatDiff(diffDatasets(readDataset(before), readDataset(after)), { before, after })
}

try {
  console.log(main(process.argv.slice(2)))
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`data:diff: ${error.message}`)
    process.exitCode = 2
  } else if (error instanceof BuildError) {
    console.error(`data:diff: the fresh build failed: ${error.problems[0]}${error.problems.length > 1 ? ` (and ${error.problems.length - 1} more)` : ''}`)
    process.exitCode = 1
  } else {
    console.error('data:diff failed:', error)
    process.exitCode = 1
  }
}
