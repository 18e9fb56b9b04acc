import { afterEach, describe, expect, it, vi } from 'vitest'
import { warmExport } from '../../../../src/renderer/export/exportWarmUp'

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
