import { describe, expect, it, vi } from 'vitest'
import { createWebClipboard } from '../../../../src/renderer/platform/webClipboard'
import { createWebFullScreen } from '../../../../src/renderer/platform/webFullScreen'
import { MAX_CLIPBOARD_TEXT, PNG_SIGNATURE } from '../../../../src/shared/ipc/contract'

const png = new Uint8Array([...PNG_SIGNATURE, 0, 0, 0, 13])

/** The browser's ClipboardItem, which the test DOM lacks: it keeps what it was given. */
class RecordingClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function fakeClipboard() {
  return {
    writeText: vi.fn((_text: string) => Promise.resolve()),
    write: vi.fn((_items: ClipboardItem[]) => Promise.resolve()),
  }
}

describe('the web clipboard', () => {
  it('puts text on the clipboard', async () => {
    const clipboard = fakeClipboard()
    await createWebClipboard(() => clipboard as unknown as Clipboard).copyText('aws ec2 describe-regions --region eu-central-1')
    expect(clipboard.writeText).toHaveBeenCalledWith('aws ec2 describe-regions --region eu-central-1')
  })

  it('says why when the page has no clipboard', async () => {
    await expect(createWebClipboard(() => undefined).copyText('x')).rejects.toThrow(
      'The text was not copied: the browser offers no clipboard to this page (it needs https or localhost).',
    )
  })

  it('passes on the browser refusal with what was not copied', async () => {
    const clipboard = fakeClipboard()
    clipboard.writeText.mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'))
    await expect(createWebClipboard(() => clipboard as unknown as Clipboard).copyText('x')).rejects.toThrow(
      'The text was not copied: Document is not focused.',
    )
  })

  it('refuses text over the limit without touching the clipboard', async () => {
    const clipboard = fakeClipboard()
    await expect(createWebClipboard(() => clipboard as unknown as Clipboard).copyText('x'.repeat(MAX_CLIPBOARD_TEXT + 1))).rejects.toThrow(/longer than/)
    expect(clipboard.writeText).not.toHaveBeenCalled()
  })

  it('puts a PNG on the clipboard as an image/png item', async () => {
    vi.stubGlobal('ClipboardItem', RecordingClipboardItem)
    const clipboard = fakeClipboard()
    await createWebClipboard(() => clipboard as unknown as Clipboard).copyPng(png)
    const item = clipboard.write.mock.calls[0]?.[0][0] as unknown as RecordingClipboardItem
    expect(Object.keys(item.items)).toEqual(['image/png'])
    expect(item.items['image/png']?.type).toBe('image/png')
    expect(item.items['image/png']?.size).toBe(png.byteLength)
  })

  it('refuses bytes that are not a PNG', async () => {
    vi.stubGlobal('ClipboardItem', RecordingClipboardItem)
    const clipboard = fakeClipboard()
    await expect(createWebClipboard(() => clipboard as unknown as Clipboard).copyPng(new Uint8Array([1, 2, 3]))).rejects.toThrow(
      'The image was not copied: not a PNG image (no PNG signature).',
    )
    expect(clipboard.write).not.toHaveBeenCalled()
  })

  it('says why when the browser cannot put images on the clipboard', async () => {
    const clipboard = fakeClipboard()
    await expect(createWebClipboard(() => clipboard as unknown as Clipboard).copyPng(png)).rejects.toThrow(/offers no clipboard/)
  })
})

/** A document whose full screen state the test controls. */
function fakeDocument(options: { supported?: boolean; refuse?: boolean } = {}) {
  const page = {
    fullscreenElement: null as Element | null,
    documentElement: {} as { requestFullscreen?: () => Promise<void> },
    exitFullscreen: vi.fn(() => {
      page.fullscreenElement = null
      return Promise.resolve()
    }),
  }
  if (options.supported !== false) {
    page.documentElement.requestFullscreen = vi.fn(() => {
      if (options.refuse) return Promise.reject(new TypeError('Permissions check failed'))
      page.fullscreenElement = page.documentElement as Element
      return Promise.resolve()
    })
  }
  return page
}

describe('web full screen', () => {
  it('puts the whole page in full screen and takes it out again', async () => {
    const page = fakeDocument()
    const screen = createWebFullScreen(vi.fn(), () => page as unknown as Document)
    await screen.setFullScreen(true)
    expect(page.documentElement.requestFullscreen).toHaveBeenCalledOnce()
    expect(page.fullscreenElement).not.toBeNull()
    await screen.setFullScreen(false)
    expect(page.exitFullscreen).toHaveBeenCalledOnce()
  })

  it('does nothing when the page is already as asked', async () => {
    const page = fakeDocument()
    const screen = createWebFullScreen(vi.fn(), () => page as unknown as Document)
    await screen.setFullScreen(false)
    expect(page.exitFullscreen).not.toHaveBeenCalled()
    await screen.setFullScreen(true)
    await screen.setFullScreen(true)
    expect(page.documentElement.requestFullscreen).toHaveBeenCalledOnce()
  })

  it('warns, without failing, in a browser without full screen', async () => {
    const warn = vi.fn()
    await expect(createWebFullScreen(warn, () => fakeDocument({ supported: false }) as unknown as Document).setFullScreen(true)).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith('InfraGlobe: this browser has no full screen mode.')
  })

  it('warns, without failing, when the browser refuses', async () => {
    const warn = vi.fn()
    await expect(createWebFullScreen(warn, () => fakeDocument({ refuse: true }) as unknown as Document).setFullScreen(true)).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith('InfraGlobe: the browser refused to enter full screen (Permissions check failed).')
  })
})
