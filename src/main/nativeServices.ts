import { BrowserWindow, ClipboardItem, clipboard, dialog, nativeImage, type IpcMainInvokeEvent } from 'electron'
import { createClipboardService, type ClipboardService, type SystemClipboard } from './clipboard'
import { CLOSE_QUESTION, closeChoice, type CloseChoice } from './closeGuard'
import { createFileHandlers, type FileDialogs, type FileHandlers, type FolderName } from './files'

/**
 * The Electron pieces behind the IPC handlers, adapted to the small
 * interfaces the handlers take so that those stay testable with plain fakes.
 */

const nativeDialogs: FileDialogs<BrowserWindow> = {
  // A dialog attached to its window is modal to it; without one it floats free.
  showSaveDialog: (window, options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
  showOpenDialog: (window, options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
}

const systemClipboard: SystemClipboard = {
  writeText: (text) => clipboard.writeText(text),
  writePng: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([bufferOf(png)], { type: 'image/png' }) })]),
}

/** The bytes as a Buffer over the same memory (no copy). */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

const decodesAsImage = (png: Uint8Array) => !nativeImage.createFromBuffer(bufferOf(png)).isEmpty()

export interface NativeServices {
  /** The native open and save dialogs, attached to a window when there is one. */
  dialogs: FileDialogs<BrowserWindow>
  files: FileHandlers<BrowserWindow>
  clipboard: ClipboardService
  windowOf(event: IpcMainInvokeEvent): BrowserWindow | null
}

export function createNativeServices(app: { getPath(name: FolderName): string }): NativeServices {
  return {
    dialogs: nativeDialogs,
    files: createFileHandlers({ dialogs: nativeDialogs, getPath: (name) => app.getPath(name) }),
    clipboard: createClipboardService(systemClipboard, decodesAsImage),
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
  }
}

/** Asks, attached to the window, whether to save the unsaved lesson before it closes. */
export async function askBeforeClosing(window: BrowserWindow): Promise<CloseChoice> {
  const { response } = await dialog.showMessageBox(window, { ...CLOSE_QUESTION, buttons: [...CLOSE_QUESTION.buttons] })
  return closeChoice(response)
}
