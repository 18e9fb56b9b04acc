import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { LessonDraft } from '../shared/api'
import { LessonTextSchema, MAX_LESSON_BYTES } from '../shared/ipc/contract'
import { errorCode, writeFileAtomically, type AtomicFileSystem } from './atomicWrite'

/**
 * The autosaved draft of a lesson with unsaved changes: `lesson-draft.json`
 * next to the settings, written atomically. Writes are serialised and the
 * last one wins: a draft saved while another is being written replaces any
 * still waiting, and clearing waits for the write in progress, so a draft
 * never reappears after it was cleared. The renderer decides how often it
 * saves (every few seconds at most) and offers the draft back at the next start.
 */

export const DRAFT_FILE = 'lesson-draft.json'

const DRAFT_FORMAT = 'infraglobe-lesson-draft'

/** The lesson text JSON-escaped can take up to six characters per byte, plus the envelope. */
const MAX_DRAFT_FILE_BYTES = 6 * MAX_LESSON_BYTES + 4096

const DraftFileSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  text: LessonTextSchema,
})

export type DraftFileSystem = AtomicFileSystem & Pick<typeof nodeFs, 'mkdir' | 'readFile'>

export interface DraftStore {
  save(text: string): Promise<void>
  load(): Promise<LessonDraft | null>
  clear(): Promise<void>
  readonly file: string
}

export interface DraftStoreOptions {
  /** The user-data folder (Electron's `app.getPath('userData')`). */
  dir: string
  fs?: DraftFileSystem
  now?: () => Date
  warn?: (message: string) => void
}

type Job = { kind: 'write'; text: string } | { kind: 'clear' }

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { dir } = options
  const fs = options.fs ?? nodeFs
  const now = options.now ?? (() => new Date())
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const file = join(dir, DRAFT_FILE)

  let queued: { job: Job; waiters: Waiter[] } | null = null
  let running = false

  async function perform(job: Job): Promise<void> {
    if (job.kind === 'clear') {
      await fs.unlink(file).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error
      })
      return
    }
    await fs.mkdir(dir, { recursive: true })
    const envelope = { format: DRAFT_FORMAT, version: 1, savedAt: now().toISOString(), text: job.text }
    await writeFileAtomically(file, `${JSON.stringify(envelope)}\n`, fs)
  }

  async function drain(): Promise<void> {
    running = true
    while (queued) {
      const { job, waiters } = queued
      queued = null
      try {
        await perform(job)
        waiters.forEach((w) => w.resolve())
      } catch (error) {
        warn(`InfraGlobe: the lesson draft in ${file} could not be ${job.kind === 'clear' ? 'removed' : 'saved'} (${error instanceof Error ? error.message : String(error)}).`)
        waiters.forEach((w) => w.reject(error))
      }
    }
    running = false
  }

  function enqueue(job: Job): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (queued) {
        queued.job = job
        queued.waiters.push({ resolve, reject })
      } else queued = { job, waiters: [{ resolve, reject }] }
      if (!running) void drain()
    })
  }

  return {
    file,
    save: (text) => enqueue({ kind: 'write', text }),
    clear: () => enqueue({ kind: 'clear' }),
    async load() {
      let raw: string
      try {
        // A file far larger than any draft is not read into memory at all.
        if ((await (fs.stat ?? nodeFs.stat)(file)).size > MAX_DRAFT_FILE_BYTES) return null
        raw = await fs.readFile(file, { encoding: 'utf8' })
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') warn(`InfraGlobe: the lesson draft in ${file} cannot be read (${errorCode(error) ?? 'error'}).`)
        return null
      }
      try {
        const parsed = DraftFileSchema.safeParse(JSON.parse(raw))
        return parsed.success ? { text: parsed.data.text, savedAt: parsed.data.savedAt } : null
      } catch {
        // Not JSON, or nested too deeply to check: not a draft this app wrote.
        return null
      }
    },
  }
}
