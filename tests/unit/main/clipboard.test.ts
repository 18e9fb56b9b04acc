import { describe, expect, it, vi } from 'vitest'
import { createClipboardService } from '../../../src/main/clipboard'
import { PNG_SIGNATURE } from '../../../src/shared/ipc/contract'

const png = new Uint8Array([...PNG_SIGNATURE, 1, 2])

function fakeClipboard() {
  return {
    writeText: vi.fn((_text: string) => Promise.resolve()),
    writePng: vi.fn((_png: Uint8Array) => Promise.resolve()),
  }
}

describe('the desktop clipboard', () => {
  it('puts text on the system clipboard as it is', async () => {
    const clipboard = fakeClipboard()
    await createClipboardService(clipboard, () => true).copyText('aws s3 ls --region ap-south-2')
    expect(clipboard.writeText).toHaveBeenCalledWith('aws s3 ls --region ap-south-2')
  })

  it('puts a PNG that decodes on the clipboard', async () => {
    const clipboard = fakeClipboard()
    const decodes = vi.fn(() => true)
    await createClipboardService(clipboard, decodes).copyPng(png)
    expect(decodes).toHaveBeenCalledWith(png)
    expect(clipboard.writePng).toHaveBeenCalledWith(png)
  })

  it('refuses a PNG that does not decode, leaving the clipboard as it was', async () => {
    const clipboard = fakeClipboard()
    await expect(createClipboardService(clipboard, () => false).copyPng(png)).rejects.toThrow(
      'The image could not be copied: its PNG data cannot be decoded.',
    )
    expect(clipboard.writePng).not.toHaveBeenCalled()
  })
})
