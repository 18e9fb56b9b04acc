import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that readers only ever see the old contents or the new
 * ones: the data goes to a temporary file in the same folder (a rename is only
 * atomic within one file system), is flushed to disk, and is renamed over the
 * target. On any failure the temporary file is removed and the target is left
 * as it was, so a failed write never leaves a partial file behind.
 */

/** The file-system calls the writer makes; injectable so tests can make any step fail. */
export type AtomicFileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink'>

let tempCounter = 0

/** A name no other write, in this process or another, uses at the same time. */
function tempPath(file: string): string {
  const unique = `${process.pid}.${++tempCounter}.${randomBytes(4).toString('hex')}`
  return join(dirname(file), `.${basename(file)}.${unique}.tmp`)
}

export async function writeFileAtomically(
  file: string,
  data: Uint8Array | string,
  fs: AtomicFileSystem = nodeFs,
): Promise<void> {
  const temp = tempPath(file)
  let created = false
  try {
    // 'wx' refuses to follow a link or reuse a file someone placed under the temporary name.
    const handle = await fs.open(temp, 'wx')
    created = true
    try {
      await (typeof data === 'string' ? handle.writeFile(data, { encoding: 'utf8' }) : handle.writeFile(data))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, file)
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(file), fs)
}

/** Flushes the rename itself where the platform allows it (not on Windows, where opening a folder fails). */
async function syncFolder(dir: string, fs: AtomicFileSystem): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort: the file's own contents are already flushed.
  }
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder has that name',
  ENAMETOOLONG: 'the name is too long',
}

/**
 * What a person reads when a file cannot be written: where, why in plain
 * words, and what to do. Unknown errors keep the system's own message.
 */
export function describeWriteError(file: string, error: unknown): string {
  const code = errorCode(error)
  const problem = (code !== undefined ? WRITE_PROBLEMS[code] : undefined) ?? describeError(error)
  const advice = code === 'EISDIR' || code === 'ENAMETOOLONG' ? 'Choose another name.' : 'Choose another folder.'
  return `InfraGlobe cannot write to ${file}: ${problem}. ${advice}`
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}
