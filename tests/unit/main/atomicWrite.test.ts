import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeWriteError, removeStaleTempFiles, writeFileAtomically, type AtomicFileSystem } from '../../../src/main/atomicWrite'

let dir: string

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'infraglobe-atomic-'))
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const failure = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

/** The file system with one call made to fail the way the OS would. */
function failing(call: 'open' | 'rename' | 'write' | 'sync', code: string): AtomicFileSystem {
  return {
    ...fs,
    open: (async (path: string, flags?: string) => {
      if (flags !== 'wx') return fs.open(path, flags)
      if (call === 'open') throw failure(code)
      const handle = await fs.open(path, flags)
      if (call === 'write') {
        handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
          // Half the data reaches the disk before the failure, as when a disk fills up.
          const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array)
          await handle.write(bytes.subarray(0, bytes.length / 2))
          throw failure(code)
        }
      }
      if (call === 'sync') handle.sync = () => Promise.reject(failure(code))
      return handle
    }) as AtomicFileSystem['open'],
    rename: call === 'rename' ? () => Promise.reject(failure(code)) : fs.rename,
  }
}

describe('writeFileAtomically', () => {
  it('writes bytes and text, replacing what was there, and leaves nothing else in the folder', async () => {
    const file = join(dir, 'view.png')
    await writeFileAtomically(file, new Uint8Array([1, 2, 3]))
    expect([...(await fs.readFile(file))]).toEqual([1, 2, 3])
    await writeFileAtomically(file, 'Zürich ✓')
    expect(await fs.readFile(file, 'utf8')).toBe('Zürich ✓')
    expect(await fs.readdir(dir)).toEqual(['view.png'])
  })

  it('writes only the bytes of a view, not the rest of its buffer', async () => {
    const file = join(dir, 'part.png')
    const whole = new Uint8Array([9, 9, 1, 2, 9])
    await writeFileAtomically(file, whole.subarray(2, 4))
    expect([...(await fs.readFile(file))]).toEqual([1, 2])
  })

  it('flushes the temporary file in the same folder before renaming it over the target', async () => {
    const steps: string[] = []
    const file = join(dir, 'lesson.infraglobe.json')
    const watched: AtomicFileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        const handle = await fs.open(path, flags)
        if (flags !== 'wx') return handle
        steps.push(`create ${path.startsWith(join(dir, '.lesson.infraglobe.json.')) ? 'hidden temp beside it' : path}`)
        const sync = handle.sync.bind(handle)
        handle.sync = async () => {
          steps.push('sync')
          return sync()
        }
        return handle
      }) as AtomicFileSystem['open'],
      rename: async (from, to) => {
        steps.push(`rename onto ${to === file ? 'target' : String(to)}`)
        return fs.rename(from, to)
      },
    }
    await writeFileAtomically(file, '{}', watched)
    expect(steps).toEqual(['create hidden temp beside it', 'sync', 'rename onto target'])
  })

  it.each(['open', 'write', 'sync', 'rename'] as const)(
    'keeps the old file whole and leaves no partial file when the %s step fails',
    async (step) => {
      const file = join(dir, 'view.png')
      await fs.writeFile(file, 'the old picture')
      await expect(writeFileAtomically(file, 'a new picture that never lands', failing(step, 'ENOSPC'))).rejects.toThrow(/ENOSPC/)
      expect(await fs.readFile(file, 'utf8')).toBe('the old picture')
      expect(await fs.readdir(dir)).toEqual(['view.png'])
    },
  )

  it('leaves no file at all when a new file cannot be written', async () => {
    const file = join(dir, 'new.png')
    await expect(writeFileAtomically(file, 'x', failing('write', 'EIO'))).rejects.toThrow(/EIO/)
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('fails in a folder that does not exist, creating nothing', async () => {
    await expect(writeFileAtomically(join(dir, 'missing', 'view.png'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('fails where a file stands in for a folder', async () => {
    await fs.writeFile(join(dir, 'plain'), 'not a folder')
    await expect(writeFileAtomically(join(dir, 'plain', 'view.png'), 'x')).rejects.toMatchObject({ code: 'ENOTDIR' })
    expect(await fs.readdir(dir)).toEqual(['plain'])
  })

  it('gives concurrent writes to one file separate temporary files, and one of them wins whole', async () => {
    const file = join(dir, 'race.json')
    const texts = Array.from({ length: 6 }, (_, i) => `version ${i} `.repeat(1000))
    await Promise.all(texts.map((text) => writeFileAtomically(file, text)))
    expect(texts).toContain(await fs.readFile(file, 'utf8'))
    expect(await fs.readdir(dir)).toEqual(['race.json'])
  })
})

describe('describeWriteError', () => {
  it.each([
    ['EACCES', 'InfraGlobe cannot write to /x/a.png: permission denied. Choose another folder.'],
    ['EPERM', 'InfraGlobe cannot write to /x/a.png: permission denied. Choose another folder.'],
    ['EROFS', 'InfraGlobe cannot write to /x/a.png: the disk is read-only. Choose another folder.'],
    ['ENOSPC', 'InfraGlobe cannot write to /x/a.png: the disk is full. Choose another folder.'],
    ['ENOENT', 'InfraGlobe cannot write to /x/a.png: the folder does not exist. Choose another folder.'],
    ['ENOTDIR', 'InfraGlobe cannot write to /x/a.png: part of the path is not a folder. Choose another folder.'],
    ['EISDIR', 'InfraGlobe cannot write to /x/a.png: a folder has that name. Choose another name.'],
  ])('explains %s in plain words with what to do', (code, message) => {
    expect(describeWriteError('/x/a.png', failure(code))).toBe(message)
  })

  it("keeps the system's message for an error it does not know", () => {
    expect(describeWriteError('/x/a.png', failure('EWEIRD'))).toBe(
      'InfraGlobe cannot write to /x/a.png: EWEIRD: simulated. Choose another folder.',
    )
  })
})

describe('saving over an existing file keeps its identity', () => {
  it.skipIf(process.platform === 'win32')('keeps the permission bits of the file it replaces', async () => {
    const file = join(dir, 'lesson.infraglobe.json')
    await fs.writeFile(file, 'old')
    await fs.chmod(file, 0o640)
    await writeFileAtomically(file, 'new')
    expect((await fs.stat(file)).mode & 0o7777).toBe(0o640)
    expect(await fs.readFile(file, 'utf8')).toBe('new')
  })

  it.skipIf(process.platform === 'win32')('writes through a symbolic link to its target and leaves the link a link', async () => {
    await fs.mkdir(join(dir, 'shared'))
    const real = join(dir, 'shared', 'lesson.infraglobe.json')
    await fs.writeFile(real, 'old')
    const link = join(dir, 'lesson.infraglobe.json')
    await fs.symlink(join('shared', 'lesson.infraglobe.json'), link)
    await writeFileAtomically(link, 'new')
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true)
    expect(await fs.readFile(real, 'utf8')).toBe('new')
    expect((await fs.readdir(join(dir, 'shared'))).sort()).toEqual(['lesson.infraglobe.json'])
  })

  it.skipIf(process.platform === 'win32')('follows a chain of links, and creates the target of a link that points nowhere yet', async () => {
    const real = join(dir, 'real.png')
    await fs.symlink(real, join(dir, 'middle.png'))
    await fs.symlink(join(dir, 'middle.png'), join(dir, 'first.png'))
    await writeFileAtomically(join(dir, 'first.png'), new Uint8Array([4, 2]))
    expect([...(await fs.readFile(real))]).toEqual([4, 2])
    expect((await fs.lstat(join(dir, 'first.png'))).isSymbolicLink()).toBe(true)
  })

  it.skipIf(process.platform === 'win32')('refuses a loop of links and leaves no temporary file', async () => {
    await fs.symlink(join(dir, 'b.png'), join(dir, 'a.png'))
    await fs.symlink(join(dir, 'a.png'), join(dir, 'b.png'))
    await expect(writeFileAtomically(join(dir, 'a.png'), 'x')).rejects.toMatchObject({ code: 'ELOOP' })
    expect((await fs.readdir(dir)).sort()).toEqual(['a.png', 'b.png'])
  })
})

describe('temporary files of interrupted writes', () => {
  const DEAD = 999_999_991
  const ALIVE = 999_999_992
  const isRunning = (pid: number) => pid === ALIVE

  it('removes ours from a process no longer running, and nothing else', async () => {
    const names = [
      `.settings.json.${DEAD}.1.0123abcd.tmp`,
      `.settings.json.${ALIVE}.1.0123abcd.tmp`,
      `.settings.json.${process.pid}.7.0123abcd.tmp`,
      '.settings.json.tmp',
      `notes.${DEAD}.1.0123abcd.tmp`,
      'settings.json',
    ]
    for (const name of names) await fs.writeFile(join(dir, name), 'x')
    expect(await removeStaleTempFiles(dir, { isRunning })).toEqual([`.settings.json.${DEAD}.1.0123abcd.tmp`])
    expect((await fs.readdir(dir)).sort()).toEqual(names.slice(1).sort())
  })

  it('sweeps the leftovers of the file it writes before writing it', async () => {
    const leftover = `.view.png.${DEAD}.3.deadbeef.tmp`
    const other = `.other.png.${DEAD}.3.deadbeef.tmp`
    await fs.writeFile(join(dir, leftover), 'half')
    await fs.writeFile(join(dir, other), 'half')
    // The pid is far above any real one here: no process runs under it.
    await writeFileAtomically(join(dir, 'view.png'), new Uint8Array([1]))
    expect((await fs.readdir(dir)).sort()).toEqual([other, 'view.png'].sort())
  })

  it('leaves a folder it cannot list alone', async () => {
    expect(await removeStaleTempFiles(join(dir, 'missing'))).toEqual([])
  })
})
