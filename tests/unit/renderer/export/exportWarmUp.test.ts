import { afterEach, describe, expect, it, vi } from 'vitest'
import { keepRenderPassWarm, warmExport } from '../../../../src/renderer/export/exportWarmUp'
import { warmRenderPass } from '../../../../src/renderer/export/renderPass'
import { AfterFrameList } from '../../../../src/renderer/globe/afterFrame'
import type { GlobeRuntime } from '../../../../src/renderer/globe/runtime'
import type { RenderedFrame } from '../../../../src/renderer/globe/types'

vi.mock('../../../../src/renderer/export/renderPass', () => ({ warmRenderPass: vi.fn() }))

afterEach(() => vi.restoreAllMocks())

describe('warmExport', () => {
  it('encodes a one-pixel image as PNG, so the encoder has run once before the first export', async () => {
    const encoded: { width: number; height: number; type: string | undefined }[] = []
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ fillRect: () => {} } as unknown as CanvasRenderingContext2D)
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, callback, type) {
      encoded.push({ width: this.width, height: this.height, type })
      // jsdom's Blob has no arrayBuffer(): a stand-in with the one method the encoder reads.
      callback({ arrayBuffer: () => Promise.resolve(new Uint8Array([137, 80, 78, 71]).buffer) } as unknown as Blob)
    })
    await warmExport()
    expect(encoded).toEqual([{ width: 1, height: 1, type: 'image/png' }])
  })

  it('fails as the encoder fails (the bridge reports it and the export still works on demand)', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(null))
    await expect(warmExport()).rejects.toThrow(/could not be encoded/)
  })
})

describe('keepRenderPassWarm', () => {
  /** A runtime whose renderer has compiled `programs` programs, and an idle scheduler run by hand. */
  function setUp() {
    const programs: unknown[] = [{}, {}]
    const afterFrame = new AfterFrameList()
    const context = { gl: { info: { programs } } }
    const runtime = { renderContext: context, afterFrame } as unknown as GlobeRuntime
    const pending: (() => void)[] = []
    let cancelled = 0
    const whenIdle = (work: () => void) => {
      pending.push(work)
      return () => {
        cancelled += 1
        pending.splice(pending.indexOf(work), 1)
      }
    }
    const frame = () => afterFrame.run({} as RenderedFrame)
    const idle = () => pending.splice(0).forEach((work) => work())
    return { runtime, context, programs, afterFrame, whenIdle, frame, idle, pending, cancelled: () => cancelled }
  }

  it('draws the export pass once at once, and again at the next idle moment only after three compiled new programs', () => {
    const { runtime, context, programs, whenIdle, frame, idle, pending } = setUp()
    const warm = vi.mocked(warmRenderPass)
    warm.mockClear()
    keepRenderPassWarm(runtime, whenIdle)
    expect(warm.mock.calls).toEqual([[context]])
    frame()
    idle()
    expect(warm).toHaveBeenCalledTimes(1)
    // The land's texture arrives: the Earth's program is compiled again.
    programs.push({})
    frame()
    frame()
    expect(pending).toHaveLength(1)
    expect(warm).toHaveBeenCalledTimes(1)
    idle()
    expect(warm).toHaveBeenCalledTimes(2)
    frame()
    expect(pending).toHaveLength(0)
  })

  it('stops: removes its after-frame step and cancels a pending draw', () => {
    const { runtime, programs, afterFrame, whenIdle, frame, pending, cancelled } = setUp()
    const warm = vi.mocked(warmRenderPass)
    warm.mockClear()
    const stop = keepRenderPassWarm(runtime, whenIdle)
    expect(afterFrame.names()).toEqual(['export warm-up'])
    programs.push({})
    frame()
    stop()
    expect(cancelled()).toBe(1)
    expect(pending).toHaveLength(0)
    expect(afterFrame.names()).toEqual([])
    expect(warm).toHaveBeenCalledTimes(1)
  })
})
