import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '../../../src/shared/dataset/schema'
import { describeProblems, parseDataset } from '../../../src/shared/dataset/validate'

export const DATASET_PATH = fileURLToPath(new URL('../../../assets/data/infrastructure.json', import.meta.url))

let cached: Dataset | undefined

/** The dataset the app ships, read and validated in node: the tests compare the page against it. */
export function shippedDataset(): Dataset {
  if (cached) return cached
  const check = parseDataset(readFileSync(DATASET_PATH, 'utf8'))
  if (!check.ok) throw new Error(describeProblems(DATASET_PATH, check.problems))
  cached = check.dataset
  return cached
}

/** Lower case without accents, so "sao paulo" and "São Paulo" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}
