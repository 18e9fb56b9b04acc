import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWebFiles, DOWNLOADS_LOCATION, readLesson, REVOKE_DELAY_MS, SERIES_GAP_MS } from '../../../../src/renderer/platform/webFiles'
import type { SaveRequest } from '../../../../src/shared/api'
import { MAX_LESSON_BYTES, PNG_SIGNATURE } from '../../../../src/shared/ipc/contract'

const png = (...rest: number[]) => new Uint8Array([...PNG_SIGNATURE, ...rest])

interface Download {
  name: string
  href: string
  blob: Blob
  inDocument: boolean
}

/** A blob's bytes (the test DOM's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsArrayBuffer(blob)
  })
}

let downloads: Download[]
let blobs: Map<string, Blob>
let revoked: string[]

beforeEach(() => {
  downloads = []
  blobs = new Map()
  revoked = []
  let next = 0
  // jsdom has no blob URLs and cannot follow a download link: record both instead.
  vi.stubGlobal('URL', Object.assign(class extends URL {}, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:infraglobe/${++next}`
      blobs.set(url, blob)
      return url
    },
    revokeObjectURL: (url: string) => revoked.push(url),
  }))
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)
    if (!blob) throw new Error(`no blob behind ${this.href}`)
    downloads.push({ name: this.download, href: this.href, blob, inDocument: document.body.contains(this) })
  })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('saving in the web edition', () => {
  it('downloads a PNG under the suggested name, from a link that leaves the page afterwards', async () => {
    const files = createWebFiles()
    const outcome = await files.saveFile({ suggestedName: 'infraglobe-europe.png', kind: 'png', data: png(1, 2, 3) })
    expect(outcome).toEqual({ status: 'saved', location: 'infraglobe-europe.png' })
    expect(downloads).toHaveLength(1)
    const [download] = downloads
    expect(download?.name).toBe('infraglobe-europe.png')
    expect(download?.inDocument).toBe(true)
    expect(download?.blob.type).toBe('image/png')
    expect(await bytesOf(download!.blob)).toEqual(png(1, 2, 3))
    expect(document.querySelector('a')).toBeNull()
  })

  it('downloads a lesson as JSON text', async () => {
    const outcome = await createWebFiles().saveFile({ suggestedName: 'regions.infraglobe.json', kind: 'lesson', data: '{"title":"Régions"}' })
    expect(outcome).toEqual({ status: 'saved', location: 'regions.infraglobe.json' })
    expect(downloads[0]?.blob.type).toBe('application/json')
    expect(new TextDecoder().decode(await bytesOf(downloads[0]!.blob))).toBe('{"title":"Régions"}')
  })

  it('revokes the blob URL only once the browser has had time to read it', async () => {
    vi.useFakeTimers()
    await createWebFiles().saveFile({ suggestedName: 'a.png', kind: 'png', data: png() })
    expect(revoked).toEqual([])
    vi.advanceTimersByTime(REVOKE_DELAY_MS)
    expect(revoked).toEqual([downloads[0]?.href])
  })

  it.each([
    ['a name with a folder', { suggestedName: '../a.png', kind: 'png', data: png() }, /folder separator|\.\./],
    ['a PNG name for a lesson', { suggestedName: 'a.png', kind: 'lesson', data: '{}' }, /\.json/],
    ['bytes that are not a PNG', { suggestedName: 'a.png', kind: 'png', data: new Uint8Array([1, 2, 3]) }, /not a PNG/],
    ['text as a PNG', { suggestedName: 'a.png', kind: 'png', data: 'not bytes' }, /Uint8Array/],
  ])('refuses %s, the same way the desktop does, and downloads nothing', async (_what, request, problem) => {
    const outcome = await createWebFiles().saveFile(request as SaveRequest)
    expect(outcome.status).toBe('failed')
    expect(outcome.status === 'failed' && outcome.message).toMatch(problem)
    expect(downloads).toEqual([])
  })

  it('downloads a series in order, named after the lesson and the time, pausing between files so the browser keeps them all', async () => {
    const waits: number[] = []
    const files = createWebFiles({ wait: (ms) => (waits.push(ms), Promise.resolve()), now: () => new Date(2026, 11, 4, 14, 5) })
    const outcome = await files.saveSeries({
      lessonTitle: 'Regions & AZs',
      files: [
        { name: 'lesson-01.png', data: png(1) },
        { name: 'lesson-02.png', data: png(2) },
        { name: 'lesson-03.png', data: png(3) },
      ],
    })
    expect(outcome).toEqual({ status: 'saved', location: DOWNLOADS_LOCATION, count: 3 })
    expect(downloads.map((d) => d.name)).toEqual([
      'regions-azs-2026-12-04-1405-lesson-01.png',
      'regions-azs-2026-12-04-1405-lesson-02.png',
      'regions-azs-2026-12-04-1405-lesson-03.png',
    ])
    expect(waits).toEqual([SERIES_GAP_MS, SERIES_GAP_MS])
  })

  it('refuses a series with two files of the same name before downloading any', async () => {
    const outcome = await createWebFiles({ wait: () => Promise.resolve() }).saveSeries({
      files: [
        { name: 'scene.png', data: png() },
        { name: 'Scene.PNG', data: png() },
      ],
    })
    expect(outcome).toMatchObject({ status: 'failed', written: 0 })
    expect(outcome.status === 'failed' && outcome.message).toMatch(/duplicate file name Scene\.PNG/)
    expect(downloads).toEqual([])
  })

  it('says which scene could not be downloaded, why, and how many downloads started before it', async () => {
    vi.mocked(HTMLAnchorElement.prototype.click).mockImplementation(function (this: HTMLAnchorElement) {
      if (this.download.endsWith('-b.png')) throw new Error('blocked')
      downloads.push({ name: this.download, href: this.href, blob: new Blob(), inDocument: true })
    })
    const outcome = await createWebFiles({ wait: () => Promise.resolve(), now: () => new Date(2026, 11, 4, 14, 5) }).saveSeries({
      files: ['a.png', 'b.png', 'c.png'].map((name) => ({ name, data: png() })),
    })
    expect(outcome).toEqual({
      status: 'failed',
      message: `Scene 2 of 3 (infraglobe-scenes-2026-12-04-1405-b.png) could not be downloaded: blocked. The scene before it is in ${DOWNLOADS_LOCATION}.`,
      written: 1,
      failedFile: 'infraglobe-scenes-2026-12-04-1405-b.png',
    })
    expect(downloads.map((d) => d.name)).toEqual(['infraglobe-scenes-2026-12-04-1405-a.png'])
  })
})

/** Captures the file input the picker creates, so a test can play the user. */
function capturePicker(): () => HTMLInputElement {
  const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
  return () => {
    const picked: unknown = click.mock.contexts[0]
    if (!(picked instanceof HTMLInputElement)) throw new Error('the picker was not opened')
    return picked
  }
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}

describe('opening a lesson in the web edition', () => {
  it('opens a file picker for JSON files and resolves with the chosen file text', async () => {
    const picker = capturePicker()
    const opening = createWebFiles().openLesson()
    const input = picker()
    expect(input.type).toBe('file')
    expect(input.accept).toBe('.json,application/json')
    expect(document.body.contains(input)).toBe(true)
    choose(input, [new File(['{"title":"AZs"}'], 'azs.infraglobe.json', { type: 'application/json' })])
    await expect(opening).resolves.toEqual({ status: 'opened', name: 'azs.infraglobe.json', text: '{"title":"AZs"}' })
    expect(document.body.contains(input)).toBe(false)
  })

  it('resolves cancelled when the user closes the picker', async () => {
    const picker = capturePicker()
    const opening = createWebFiles().openLesson()
    picker().dispatchEvent(new Event('cancel'))
    await expect(opening).resolves.toEqual({ status: 'cancelled' })
    expect(document.querySelector('input')).toBeNull()
  })

  it('resolves cancelled when the picker reports a change without a file', async () => {
    const picker = capturePicker()
    const opening = createWebFiles().openLesson()
    choose(picker(), [])
    await expect(opening).resolves.toEqual({ status: 'cancelled' })
  })

  it('drops a byte-order mark', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf]), '{}'], 'bom.json')
    await expect(readLesson(file)).resolves.toEqual({ status: 'opened', name: 'bom.json', text: '{}' })
  })

  it('refuses a file that is not UTF-8 text', async () => {
    const file = new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])], 'latin.json')
    await expect(readLesson(file)).resolves.toEqual({
      status: 'failed',
      message: 'InfraGlobe cannot open latin.json: it is not UTF-8 text (a lesson file is JSON saved as UTF-8).',
    })
  })

  it('refuses a file over the lesson limit without reading it', async () => {
    const file = new File(['{}'], 'huge.json')
    Object.defineProperty(file, 'size', { value: MAX_LESSON_BYTES + 1 })
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer')
    const outcome = await readLesson(file)
    expect(outcome).toEqual({
      status: 'failed',
      message: 'InfraGlobe cannot open huge.json: it is 8.0 MB, larger than the limit of 8.0 MB for a lesson.',
    })
    expect(read).not.toHaveBeenCalled()
  })
})
