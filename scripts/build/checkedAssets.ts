import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { describeProblems, parseDataset } from '../../src/shared/dataset/validate'
import { parseLatencyModel } from '../../src/shared/latency/modelFile'

/** The dataset the web edition fetches, from the repository's root like the configs' other paths. */
export const BUILTIN_DATASET = resolve('assets/data/infrastructure.json')
/** The latency model the renderer bundles (state/latencyModel.ts). */
export const LATENCY_MODEL = resolve('assets/data/latency-model.json')

/** The name under which the build tells the page the checked dataset's digest (`import.meta.env.…`). */
export const DIGEST_ENV = 'BUILTIN_DATASET_SHA256'

/**
 * Validates the dataset's text with the app's own validator and returns its SHA-256 (hex); throws
 * the validator's report when the file cannot be used.
 */
export function checkedDigest(text: string, file = BUILTIN_DATASET): string {
  const check = parseDataset(text)
  if (!check.ok) throw new Error(describeProblems(file, check.problems))
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Checks the latency model's text with the model's own check; throws its report when it cannot be used. */
export function checkLatencyModelText(text: string, file = LATENCY_MODEL): void {
  const check = parseLatencyModel(text)
  if (!check.ok) throw new Error(describeProblems(file, check.problems))
}

/**
 * A build step that validates the data the renderer ships once, when it is built, so the page
 * need not load the validator (zod and the schemas) before its first frame: the latency model it
 * bundles, and the dataset it fetches, whose digest the page is given. The page uses a fetched
 * dataset with that digest as it is and checks any other text in full. A build with an invalid
 * file fails with the validator's report.
 */
export function checkedAssets(files = { dataset: BUILTIN_DATASET, latencyModel: LATENCY_MODEL }): Plugin {
  return {
    name: 'infraglobe:checked-assets',
    apply: 'build',
    config() {
      checkLatencyModelText(readFileSync(files.latencyModel, 'utf8'), files.latencyModel)
      const digest = checkedDigest(readFileSync(files.dataset, 'utf8'), files.dataset)
      return { define: { [`import.meta.env.${DIGEST_ENV}`]: JSON.stringify(digest) } }
    },
  }
}
