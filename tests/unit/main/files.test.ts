import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AtomicFileSystem } from '../../../src/main/atomicWrite'
import { createFileHandlers, type FileDialogs, type FileSystem, type FolderName, type OpenDialogAnswer, type SaveDialogAnswer } from '../../../src/main/files'
import { MAX_LESSON_BYTES, PNG_SIGNATURE } from '../../../src/shared/ipc/contract'

const png = (...rest: number[]) => new Uint8Array([...PNG_SIGNATURE, ...rest])

/** The window the request came from; the dialogs must be attached to it. */
const window = { id: 'main window' }
type Window = typeof window

let dir: string

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'infraglobe-files-'))
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** Dialogs that answer as a user would; each test says what the user picks. */
function fakeDialogs(answers: { save?: SaveDialogAnswer; open?: OpenDialogAnswer } = {}) {
  return {
    showSaveDialog: vi.fn((_window: Window | null, _options: SaveDialogOptions) =>
      Promise.resolve(answers.save ?? { canceled: true, filePath: '' }),
    ),
    showOpenDialog: vi.fn((_window: Window | null, _options: OpenDialogOptions) =>
      Promise.resolve(answers.open ?? { canceled: true, filePaths: [] }),
    ),
  } satisfies FileDialogs<Window>
}

const folders: Record<FolderName, string> = { pictures: '/home/ada/Pictures', documents: '/home/ada/Documents', videos: '/home/ada/Videos' }

function handlers(dialogs: FileDialogs<Window>, fileSystem?: AtomicFileSystem) {
  return createFileHandlers<Window>({ dialogs, getPath: (name) => folders[name], ...(fileSystem ? { fs: fileSystem } : {}) })
}

describe('saving one file', () => {
  it('asks where to save a PNG, starting in Pictures with the suggested name, and writes it there', async () => {
    const target = join(dir, 'europe.png')
    const dialogs = fakeDialogs({ save: { canceled: false, filePath: target } })
    const outcome = await handlers(dialogs).saveFile({ suggestedName: 'infraglobe-europe.png', kind: 'png', data: png(7) }, window)
    expect(outcome).toEqual({ status: 'saved', location: target })
    expect([...(await fs.readFile(target))]).toEqual([...png(7)])
    const [parent, options] = dialogs.showSaveDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options?.defaultPath).toBe(join('/home/ada/Pictures', 'infraglobe-europe.png'))
    expect(options?.filters).toEqual([{ name: 'PNG image', extensions: ['png'] }])
  })

  it('saves a time-lapse video, starting in Videos, with a WebM filter', async () => {
    const target = join(dir, 'growth.webm')
    const video = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3])
    const dialogs = fakeDialogs({ save: { canceled: false, filePath: target } })
    const outcome = await handlers(dialogs).saveFile({ suggestedName: 'infraglobe-growth.webm', kind: 'webm', data: video }, window)
    expect(outcome).toEqual({ status: 'saved', location: target })
    expect([...(await fs.readFile(target))]).toEqual([...video])
    const [, options] = dialogs.showSaveDialog.mock.calls[0] ?? []
    expect(options?.defaultPath).toBe(join(folders.videos, 'infraglobe-growth.webm'))
    expect(options?.filters).toEqual([{ name: 'WebM video', extensions: ['webm'] }])
  })

  it('saves a lesson as UTF-8 text, starting in Documents', async () => {
    const target = join(dir, 'regions.infraglobe.json')
    const dialogs = fakeDialogs({ save: { canceled: false, filePath: target } })
    const outcome = await handlers(dialogs).saveFile({ suggestedName: 'regions.infraglobe.json', kind: 'lesson', data: '{"title":"Régions"}' }, window)
    expect(outcome).toEqual({ status: 'saved', location: target })
    expect(await fs.readFile(target, 'utf8')).toBe('{"title":"Régions"}')
    const options = dialogs.showSaveDialog.mock.calls[0]?.[1]
    expect(options?.defaultPath).toBe(join('/home/ada/Documents', 'regions.infraglobe.json'))
    expect(options?.filters?.[0]?.extensions).toEqual(['json'])
  })

  it.each([
    ['cancelled', { canceled: true, filePath: '' }],
    ['closed without a path', { canceled: false, filePath: '' }],
  ])('writes nothing when the dialog is %s', async (_what, answer) => {
    const write = vi.fn()
    const outcome = await handlers(fakeDialogs({ save: answer }), { ...fs, open: write as unknown as AtomicFileSystem['open'] }).saveFile(
      { suggestedName: 'a.png', kind: 'png', data: png() },
      window,
    )
    expect(outcome).toEqual({ status: 'cancelled' })
    expect(write).not.toHaveBeenCalled()
  })

  it('says clearly that a folder cannot be written to, and leaves no file there', async () => {
    await fs.writeFile(join(dir, 'not-a-folder'), '')
    const target = join(dir, 'not-a-folder', 'view.png')
    const outcome = await handlers(fakeDialogs({ save: { canceled: false, filePath: target } })).saveFile(
      { suggestedName: 'view.png', kind: 'png', data: png() },
      window,
    )
    expect(outcome).toEqual({
      status: 'failed',
      message: `InfraGlobe cannot write to ${target}: part of the path is not a folder. Choose another folder.`,
    })
    expect(await fs.readdir(dir)).toEqual(['not-a-folder'])
  })

  it('reports a folder without write permission in plain words, keeping the old file', async () => {
    const target = join(dir, 'view.png')
    await fs.writeFile(target, 'old')
    const denied: AtomicFileSystem = {
      ...fs,
      open: ((path: string, flags?: string) =>
        flags === 'wx' ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : fs.open(path, flags)) as AtomicFileSystem['open'],
    }
    const outcome = await handlers(fakeDialogs({ save: { canceled: false, filePath: target } }), denied).saveFile(
      { suggestedName: 'view.png', kind: 'png', data: png() },
      window,
    )
    expect(outcome).toEqual({ status: 'failed', message: `InfraGlobe cannot write to ${target}: permission denied. Choose another folder.` })
    expect(await fs.readFile(target, 'utf8')).toBe('old')
    expect(await fs.readdir(dir)).toEqual(['view.png'])
  })

  it('reports a dialog that cannot be shown as a failure, not a crash', async () => {
    const dialogs = fakeDialogs()
    dialogs.showSaveDialog.mockRejectedValue(new Error('no display'))
    await expect(handlers(dialogs).saveFile({ suggestedName: 'a.png', kind: 'png', data: png() }, null)).resolves.toEqual({
      status: 'failed',
      message: 'InfraGlobe could not show the file dialog: no display',
    })
  })
})

describe('saving a series', () => {
  const series = (...names: string[]) => ({ lessonTitle: 'Regions & AZs', files: names.map((name, i) => ({ name, data: png(i) })) })
  /** 14:05 on 4 December 2026, local time: the folder is named after it. */
  const at = new Date(2026, 11, 4, 14, 5, 30)
  const seriesHandlers = (dialogs: FileDialogs<Window>, fileSystem?: FileSystem) =>
    createFileHandlers<Window>({ dialogs, getPath: (name) => folders[name], now: () => at, ...(fileSystem ? { fs: fileSystem } : {}) })

  it('asks for a folder once and writes every file, in order, into a new subfolder named after the lesson and the time', async () => {
    await fs.writeFile(join(dir, 'lesson-01.png'), 'an earlier export')
    const dialogs = fakeDialogs({ open: { canceled: false, filePaths: [dir] } })
    const outcome = await seriesHandlers(dialogs).saveSeries(series('lesson-01.png', 'lesson-02.png', 'lesson-03.png'), window)
    const folder = join(dir, 'regions-azs-2026-12-04-1405')
    expect(outcome).toEqual({ status: 'saved', location: folder, count: 3 })
    expect((await fs.readdir(folder)).sort()).toEqual(['lesson-01.png', 'lesson-02.png', 'lesson-03.png'])
    expect([...(await fs.readFile(join(folder, 'lesson-02.png')))]).toEqual([...png(1)])
    // What was in the chosen folder is untouched.
    expect(await fs.readFile(join(dir, 'lesson-01.png'), 'utf8')).toBe('an earlier export')
    const [parent, options] = dialogs.showOpenDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options?.properties).toEqual(['openDirectory', 'createDirectory'])
    expect(dialogs.showOpenDialog).toHaveBeenCalledOnce()
  })

  it('never reuses a folder: a second export in the same minute gets its own', async () => {
    const dialogs = fakeDialogs({ open: { canceled: false, filePaths: [dir] } })
    await seriesHandlers(dialogs).saveSeries(series('a.png'), window)
    const second = await seriesHandlers(dialogs).saveSeries(series('a.png'), window)
    expect(second).toEqual({ status: 'saved', location: join(dir, 'regions-azs-2026-12-04-1405-2'), count: 1 })
  })

  it('names the folder after the scenes when the lesson has no title', async () => {
    const outcome = await seriesHandlers(fakeDialogs({ open: { canceled: false, filePaths: [dir] } })).saveSeries(
      { files: [{ name: 'a.png', data: png() }] },
      window,
    )
    expect(outcome).toMatchObject({ location: join(dir, 'infraglobe-scenes-2026-12-04-1405') })
  })

  it('writes nothing when the folder dialog is cancelled', async () => {
    const outcome = await seriesHandlers(fakeDialogs()).saveSeries(series('a.png'), window)
    expect(outcome).toEqual({ status: 'cancelled' })
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('on a failure removes what this export wrote, its folder too, and says which scene failed and why', async () => {
    let writes = 0
    const fullAfterTwo: FileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        if (flags === 'wx' && ++writes === 3) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
        return fs.open(path, flags)
      }) as AtomicFileSystem['open'],
    }
    const outcome = await seriesHandlers(fakeDialogs({ open: { canceled: false, filePaths: [dir] } }), fullAfterTwo).saveSeries(
      series('s-1.png', 's-2.png', 's-3.png', 's-4.png'),
      window,
    )
    const folder = join(dir, 'regions-azs-2026-12-04-1405')
    expect(outcome).toEqual({
      status: 'failed',
      message:
        `Scene 3 of 4 (s-3.png) could not be saved: InfraGlobe cannot write to ${join(folder, 's-3.png')}: the disk is full. ` +
        'Choose another folder. Nothing of this export was kept.',
      written: 0,
      failedFile: 's-3.png',
    })
    expect(await fs.readdir(dir)).toEqual([])
    expect(writes).toBe(3)
  })

  it('says which files it could not remove after a failure, and keeps the folder that holds them', async () => {
    let writes = 0
    const stubborn: FileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        if (flags === 'wx' && ++writes === 2) throw Object.assign(new Error('EIO'), { code: 'EIO' })
        return fs.open(path, flags)
      }) as AtomicFileSystem['open'],
      unlink: (async (path: string) => {
        if (path.endsWith('s-1.png')) throw Object.assign(new Error('EPERM'), { code: 'EPERM' })
        return fs.unlink(path)
      }) as AtomicFileSystem['unlink'],
    }
    const outcome = await seriesHandlers(fakeDialogs({ open: { canceled: false, filePaths: [dir] } }), stubborn).saveSeries(
      series('s-1.png', 's-2.png'),
      window,
    )
    expect(outcome).toMatchObject({ status: 'failed', written: 1, failedFile: 's-2.png' })
    expect(outcome.status === 'failed' && outcome.message).toMatch(/1 file of this export could not be removed from .*regions-azs-2026-12-04-1405\.$/)
    expect(await fs.readdir(join(dir, 'regions-azs-2026-12-04-1405'))).toEqual(['s-1.png'])
  })

  it('reports a folder that vanished before the first file', async () => {
    const gone = join(dir, 'gone')
    const outcome = await seriesHandlers(fakeDialogs({ open: { canceled: false, filePaths: [gone] } })).saveSeries(series('a.png'), window)
    expect(outcome).toEqual({
      status: 'failed',
      message: `InfraGlobe cannot write to ${join(gone, 'regions-azs-2026-12-04-1405')}: the folder does not exist. Choose another folder.`,
      written: 0,
    })
  })
})

describe('opening a lesson', () => {
  async function pick(name: string, content: string | Uint8Array, fileSystem?: AtomicFileSystem) {
    const file = join(dir, name)
    await fs.writeFile(file, content)
    const dialogs = fakeDialogs({ open: { canceled: false, filePaths: [file] } })
    return { file, dialogs, outcome: await handlers(dialogs, fileSystem).openLesson(window) }
  }

  it('returns the name and the text of the picked file, without parsing it', async () => {
    const { outcome, dialogs } = await pick('azs.infraglobe.json', '{ not even JSON')
    expect(outcome).toEqual({ status: 'opened', name: 'azs.infraglobe.json', text: '{ not even JSON' })
    const [parent, options] = dialogs.showOpenDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options?.properties).toEqual(['openFile'])
    expect(options?.filters?.[0]).toEqual({ name: 'InfraGlobe lesson (*.infraglobe.json)', extensions: ['json'] })
  })

  it('drops a byte-order mark', async () => {
    const { outcome } = await pick('bom.json', new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))
    expect(outcome).toEqual({ status: 'opened', name: 'bom.json', text: '{}' })
  })

  it('resolves cancelled when the user cancels', async () => {
    await expect(handlers(fakeDialogs()).openLesson(window)).resolves.toEqual({ status: 'cancelled' })
  })

  it('refuses a file that is not UTF-8', async () => {
    const { file, outcome } = await pick('latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]))
    expect(outcome).toEqual({
      status: 'failed',
      message: `InfraGlobe cannot open ${file}: it is not UTF-8 text (a lesson file is JSON saved as UTF-8).`,
    })
  })

  it('refuses a file over the limit by its size, before reading it', async () => {
    const file = join(dir, 'huge.json')
    await fs.writeFile(file, '')
    await fs.truncate(file, MAX_LESSON_BYTES + 1)
    const reads: string[] = []
    const watched: AtomicFileSystem = {
      ...fs,
      open: (async (path: string, flags?: string) => {
        const handle = await fs.open(path, flags)
        handle.readFile = (() => {
          reads.push(String(path))
          return Promise.resolve(Buffer.alloc(0))
        }) as typeof handle.readFile
        return handle
      }) as AtomicFileSystem['open'],
    }
    const outcome = await handlers(fakeDialogs({ open: { canceled: false, filePaths: [file] } }), watched).openLesson(window)
    expect(outcome).toEqual({
      status: 'failed',
      message: `InfraGlobe cannot open ${file}: it is 8.0 MB, larger than the limit of 8.0 MB for a lesson.`,
    })
    expect(reads).toEqual([])
  })

  it('opens a lesson of exactly the limit', async () => {
    const { outcome } = await pick('full.json', 'x'.repeat(MAX_LESSON_BYTES))
    expect(outcome.status).toBe('opened')
  })

  it('reports a file that disappeared after it was picked', async () => {
    const missing = join(dir, 'missing.json')
    const outcome = await handlers(fakeDialogs({ open: { canceled: false, filePaths: [missing] } })).openLesson(window)
    expect(outcome).toEqual({ status: 'failed', message: `InfraGlobe cannot open ${missing}: it does not exist.` })
  })

  it('refuses a folder', async () => {
    const outcome = await handlers(fakeDialogs({ open: { canceled: false, filePaths: [dir] } })).openLesson(window)
    expect(outcome).toEqual({ status: 'failed', message: `InfraGlobe cannot open ${dir}: it is not a file.` })
  })
})
