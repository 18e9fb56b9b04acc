import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const DEFAULT_RAW_DIR = resolve(REPO, '..', 'shared', 'data', 'raw')
export const DATASET_FILE = resolve(REPO, 'assets', 'data', 'infrastructure.json')
export const MODEL_FILE = resolve(REPO, 'assets', 'data', 'latency-model.json')
export const CITIES_FILE = resolve(REPO, 'assets', 'data', 'cities.json')

export interface ScriptArgs {
  raw: string
  dataset: string
  out: string
}

/** `--raw <dir>`, `--dataset <file>`, `--out <file>` for the calibration scripts; throws on anything else. */
export function parseScriptArgs(argv: readonly string[], usage: string): ScriptArgs {
  const args: ScriptArgs = { raw: DEFAULT_RAW_DIR, dataset: DATASET_FILE, out: MODEL_FILE }
  const flags = { '--raw': 'raw', '--dataset': 'dataset', '--out': 'out' } as const
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] as string
    const value = argv[i + 1]
    const key = flags[flag as keyof typeof flags]
    if (!key || value === undefined || value.startsWith('--')) throw new Error(`unknown or incomplete argument "${flag}" (usage: ${usage})`)
    args[key] = resolve(value)
    i += 1
  }
  return args
}
