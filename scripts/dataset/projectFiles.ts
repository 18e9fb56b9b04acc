import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BuildError } from './errors'

/**
 * Facts gathered for this project itself (one row per fact, with the address
 * and the day it was read), kept in the repository beside data/SOURCES.md
 * rather than with the upstream raw files.
 */
export const ZONES_DATA_DIR = fileURLToPath(new URL('../../data/zones/', import.meta.url))

export const PROJECT_FILES = {
  azStatements: 'aws-az-statements.csv',
  interAzLatencyExtra: 'inter-az-latency-extra.csv',
} as const

export type ProjectFile = (typeof PROJECT_FILES)[keyof typeof PROJECT_FILES]

export function readProjectText(dir: string, file: ProjectFile): string {
  try {
    return readFileSync(join(dir, file), 'utf8')
  } catch (error) {
    throw new BuildError([`data/zones/${file}: cannot be read from ${dir} (${error instanceof Error ? error.message : String(error)})`])
  }
}
