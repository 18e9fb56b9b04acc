/**
 * The system clipboard for copy buttons and "copy image". The payloads arrive
 * validated by the contract (bounded text, bytes with the PNG signature); a
 * PNG is also decoded once before it is offered, since a valid signature can
 * still hide corrupt data and the clipboard would then hold nothing useful.
 */

/** The system clipboard (Electron's `clipboard` through a thin adapter). */
export interface SystemClipboard {
  writeText(text: string): Promise<void>
  writePng(png: Uint8Array): Promise<void>
}

export interface ClipboardService {
  copyText(text: string): Promise<void>
  copyPng(png: Uint8Array): Promise<void>
}

/** `decodes` says whether the bytes are an image the platform can read (Electron's nativeImage). */
export function createClipboardService(clipboard: SystemClipboard, decodes: (png: Uint8Array) => boolean): ClipboardService {
  return {
    copyText: (text) => clipboard.writeText(text),
    async copyPng(png) {
      if (!decodes(png)) throw new Error('The image could not be copied: its PNG data cannot be decoded.')
      await clipboard.writePng(png)
    },
  }
}
