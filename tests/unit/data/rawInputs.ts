import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Readers for the raw source files, written independently of the dataset
 * builder so the tests compare the committed file with the inputs and not
 * with the builder's own reading of them. The raw files live outside the repo
 * (../shared/data/raw); tests that need them skip when they are absent.
 */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url))
export const RAW_DIR = fileURLToPath(new URL('../../../../shared/data/raw/', import.meta.url))
export const DATASET_FILE = fileURLToPath(new URL('../../../assets/data/infrastructure.json', import.meta.url))
export const HAVE_RAW = existsSync(RAW_DIR)
export const SKIP_RAW_REASON = `raw source files not found at ${RAW_DIR}`

export function rawText(file: string): string {
  return readFileSync(RAW_DIR + file, 'utf8')
}

export function rawJson<T>(file: string): T {
  return JSON.parse(rawText(file)) as T
}

/** One CSV line into fields: quoted fields may hold commas and doubled quotes. Our raw files have no multi-line fields. */
function splitLine(line: string): string[] {
  const fields: string[] = []
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g
  for (const m of line.matchAll(pattern)) fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''))
  return fields
}

export const PROJECT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url))

export function rawCsv(file: string): Record<string, string>[] {
  return csvRecords(rawText(file))
}

/** A CSV of the project's own tables (data/). */
export function projectCsv(file: string): Record<string, string>[] {
  return csvRecords(readFileSync(PROJECT_DATA_DIR + file, 'utf8'))
}

function csvRecords(text: string): Record<string, string>[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  const columns = splitLine(header ?? '')
  return lines.map((line) => {
    const values = splitLine(line)
    return Object.fromEntries(columns.map((c, i) => [c, values[i] ?? '']))
  })
}

export function committedText(): string {
  return readFileSync(DATASET_FILE, 'utf8')
}
