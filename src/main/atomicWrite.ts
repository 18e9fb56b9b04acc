import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/**
 * Writes a file so that readers only ever see the old contents or the new
 * ones: the data goes to a temporary file in the same folder (a rename is only
 * atomic within one file system), is flushed to disk, and is renamed over the
 * target. On any failure the temporary file is removed and the target is left
 * as it was, so a failed write never leaves a partial file behind.
 *
 * The file keeps its identity: saving over an existing file keeps its
 * permission bits, and saving through a symbolic link replaces the file the
 * link points to, not the link. A temporary file left by a write that was
 * interrupted (the process died between creating and renaming it) carries
 * that process's id in its name, so a later write (or the start-up sweep)
 * removes it once that process is gone.
 */

/** The file-system calls the writer makes; injectable so tests can make any step fail. */
export type AtomicFileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink'> &
  Partial<Pick<typeof nodeFs, 'lstat' | 'stat' | 'readlink' | 'readdir'>>

let tempCounter = 0

/** `.<name>.<pid>.<n>.<8 hex>.tmp`: what tempPath makes, and nothing else. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.(\d+)\.[0-9a-f]{8}\.tmp$/

/** A name no other write, in this process or another, uses at the same time. */
function tempPath(file: string): string {
  const unique = `${process.pid}.${++tempCounter}.${randomBytes(4).toString('hex')}`
  return join(dirname(file), `.${basename(file)}.${unique}.tmp`)
}

/** The most links followed from the path the user chose (the limit most systems use). */
const MAX_LINKS = 40

/**
 * The file a write to `file` must replace: `file` itself, or, when it is a
 * symbolic link (or a chain of them), the file at the end of the links,
 * even one that does not exist yet.
 */
export async function writeTarget(file: string, fs: AtomicFileSystem = nodeFs): Promise<string> {
  const lstat = fs.lstat ?? nodeFs.lstat
  const readlink = fs.readlink ?? nodeFs.readlink
  let target = resolve(file)
  for (let hops = 0; ; hops++) {
    let isLink: boolean
    try {
      isLink = (await lstat(target)).isSymbolicLink()
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return target
      throw error
    }
    if (!isLink) return target
    if (hops === MAX_LINKS) throw Object.assign(new Error(`too many symbolic links from ${file}`), { code: 'ELOOP' })
    target = resolve(dirname(target), await readlink(target))
  }
}

/** The permission bits of an existing regular file, or undefined when there is none to keep. */
async function existingMode(file: string, fs: AtomicFileSystem): Promise<number | undefined> {
  try {
    const stats = await (fs.stat ?? nodeFs.stat)(file)
    return stats.isFile() ? stats.mode & 0o7777 : undefined
  } catch {
    return undefined
  }
}

export async function writeFileAtomically(
  file: string,
  data: Uint8Array | string,
  fs: AtomicFileSystem = nodeFs,
): Promise<void> {
  const target = await writeTarget(file, fs)
  await removeStaleTempFiles(dirname(target), { fs, only: basename(target) })
  const mode = await existingMode(target, fs)
  const temp = tempPath(target)
  let created = false
  try {
    // 'wx' refuses to follow a link or reuse a file someone placed under the temporary name.
    const handle = await fs.open(temp, 'wx')
    created = true
    try {
      await (typeof data === 'string' ? handle.writeFile(data, { encoding: 'utf8' }) : handle.writeFile(data))
      // Exactly the old file's bits: the mode given to open() would be narrowed by the umask.
      if (mode !== undefined) await handle.chmod(mode)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, target)
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target), fs)
}

/** Whether a process with this id is running (one we may not signal is running too). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

export interface StaleTempOptions {
  fs?: AtomicFileSystem
  /** Only the temporary files of this file name; all of ours when absent. */
  only?: string
  isRunning?: (pid: number) => boolean
}

/**
 * Removes the temporary files our interrupted writes left in `dir`: only names
 * that writeFileAtomically makes, only from a process that is no longer
 * running (never this one). Best effort: returns the names removed, and
 * never throws (a folder that cannot be listed is left alone).
 */
export async function removeStaleTempFiles(dir: string, options: StaleTempOptions = {}): Promise<string[]> {
  const fs = options.fs ?? nodeFs
  const isRunning = options.isRunning ?? isProcessRunning
  let names: string[]
  try {
    names = (await (fs.readdir ?? nodeFs.readdir)(dir)).map(String)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = TEMP_NAME.exec(name)
    if (!match) continue
    const [, of, pidText] = match
    const pid = Number(pidText)
    if ((options.only !== undefined && of !== options.only) || pid === process.pid || isRunning(pid)) continue
    try {
      await fs.unlink(join(dir, name))
      removed.push(name)
    } catch {
      // Gone already, or not ours to remove after all: leave it.
    }
  }
  return removed
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
  const problem = describeWriteProblem(error)
  const advice = code === 'EISDIR' || code === 'ENAMETOOLONG' ? 'Choose another name.' : 'Choose another folder.'
  return `InfraGlobe cannot write to ${file}: ${problem}. ${advice}`
}

/** Why a write failed, in plain words ("the disk is full"), without the file or advice. */
export function describeWriteProblem(error: unknown): string {
  const code = errorCode(error)
  return (code !== undefined ? WRITE_PROBLEMS[code] : undefined) ?? describeError(error)
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}
