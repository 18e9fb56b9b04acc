import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import type { Settings } from '../shared/settings/schema'
import { DEFAULT_SETTINGS } from '../shared/settings/schema'
import { formatSettings, MAX_SETTINGS_BYTES, parseSettingsText, type SettingsRead } from '../shared/settings/read'
import { describeWriteProblem, writeFileAtomically } from './atomicWrite'

/**
 * The user's settings on disk: `settings.json` in the user-data folder.
 *
 * - Read once, with a size cap, validated and migrated (shared/settings/read).
 * - A file that is broken or from a newer InfraGlobe is never overwritten:
 *   it is renamed to `settings.json.bad-<time>` and the defaults are used.
 *   If it cannot even be moved aside (or read), nothing is written this session.
 * - Writes are atomic (a temporary file in the same folder, flushed to disk,
 *   then renamed over the old one) and serialised: one at a time, and a save
 *   made while another is being written replaces any still waiting (the last wins).
 * - A save that fails rejects with a message a person can read ("The settings
 *   could not be saved to …: the disk is full."), for the renderer to show.
 */

export const SETTINGS_FILE = 'settings.json'

/** The file-system calls the store makes; injectable so tests can make them fail. */
export type SettingsFileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'mkdir' | 'lstat'>

export interface SettingsStore {
  /** The settings to start with: the file's, or the defaults. */
  load(): Promise<Settings>
  /** Resolves once these settings (or newer ones saved after them) are on disk. */
  save(settings: Settings): Promise<void>
  /** The settings file's path. */
  readonly file: string
}

export interface SettingsStoreOptions {
  /** The folder to keep the file in (Electron's `app.getPath('userData')`). */
  dir: string
  fs?: SettingsFileSystem
  warn?: (message: string) => void
  now?: () => Date
}

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { dir } = options
  const fs = options.fs ?? nodeFs
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const now = options.now ?? (() => new Date())
  const file = join(dir, SETTINGS_FILE)

  let current: Settings = structuredClone(DEFAULT_SETTINGS)
  /** False when a file we could not read or move aside is on disk: writing would destroy it. */
  let writable = true
  let reading: Promise<void> | null = null
  let queued: { text: string; waiters: Waiter[] } | null = null
  let writing = false

  const readOnce = (): Promise<void> => (reading ??= readFromDisk())

  async function readFromDisk(): Promise<void> {
    let read: SettingsRead
    try {
      read = await readFileCapped()
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return
      writable = false
      warn(`InfraGlobe: the settings in ${file} cannot be read (${describeError(error)}); using the defaults and leaving the file untouched.`)
      return
    }
    current = read.settings
    if (read.status === 'ok') return
    try {
      const aside = await setAside()
      warn(`InfraGlobe: the settings in ${file} were not used (${read.problem}); they are kept in ${aside} and the defaults apply.`)
    } catch (error) {
      writable = false
      warn(
        `InfraGlobe: the settings in ${file} were not used (${read.problem}) and could not be moved aside ` +
          `(${describeError(error)}); the defaults apply and the file is left untouched.`,
      )
    }
  }

  /** Reads the file, refusing one too large before any of it reaches memory. */
  async function readFileCapped(): Promise<SettingsRead> {
    const handle = await fs.open(file, 'r')
    try {
      const stats = await handle.stat()
      if (!stats.isFile()) return { status: 'invalid', settings: structuredClone(DEFAULT_SETTINGS), problem: '(root): not a file' }
      if (stats.size > MAX_SETTINGS_BYTES) {
        return {
          status: 'invalid',
          settings: structuredClone(DEFAULT_SETTINGS),
          problem: `(root): ${stats.size} bytes, more than the limit of ${MAX_SETTINGS_BYTES}`,
        }
      }
      return parseSettingsText(await handle.readFile({ encoding: 'utf8' }))
    } finally {
      await handle.close().catch(() => undefined)
    }
  }

  /** Renames the refused file to a name no other refused file has; returns that name. */
  async function setAside(): Promise<string> {
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    for (let attempt = 1; ; attempt++) {
      const target = `${file}.bad-${stamp}${attempt === 1 ? '' : `-${attempt}`}`
      const taken = await fs.lstat(target).then(
        () => true,
        (error: unknown) => {
          if (errorCode(error) === 'ENOENT') return false
          throw error
        },
      )
      if (taken) continue
      await fs.rename(file, target)
      return target
    }
  }

  async function writeAtomically(text: string): Promise<void> {
    await fs.mkdir(dir, { recursive: true })
    await writeFileAtomically(file, text, fs)
  }

  async function drain(): Promise<void> {
    writing = true
    while (queued) {
      const job = queued
      queued = null
      try {
        await writeAtomically(job.text)
        job.waiters.forEach((w) => w.resolve())
      } catch (error) {
        warn(`InfraGlobe: the settings could not be saved to ${file} (${describeError(error)}).`)
        const failure = new Error(`The settings could not be saved to ${file}: ${describeWriteProblem(error)}.`, { cause: error })
        job.waiters.forEach((w) => w.reject(failure))
      }
    }
    writing = false
  }

  return {
    file,
    async load() {
      await readOnce()
      return structuredClone(current)
    },
    async save(settings) {
      // The first read decides whether the file on disk may be replaced.
      await readOnce()
      if (!writable) {
        throw new Error(`The settings were not saved: ${file} could not be read or moved aside, so it is kept as it is.`)
      }
      current = structuredClone(settings)
      const text = formatSettings(settings)
      return new Promise<void>((resolve, reject) => {
        if (queued) {
          queued.text = text
          queued.waiters.push({ resolve, reject })
        } else {
          queued = { text, waiters: [{ resolve, reject }] }
        }
        if (!writing) void drain()
      })
    },
  }
}
