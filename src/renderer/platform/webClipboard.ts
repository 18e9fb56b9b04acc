import type { InfraGlobeApi } from '../../shared/api'
import { MAX_CLIPBOARD_TEXT } from '../../shared/ipc/limits'

/**
 * The clipboard in the web edition, through the asynchronous Clipboard API.
 * Browsers offer it only on secure pages (https, localhost) and only while the
 * page has focus, so every refusal comes back as an error that says so.
 */

const UNAVAILABLE = 'the browser offers no clipboard to this page (it needs https or localhost)'

// DOMException is not an Error in every realm: read its message wherever it comes from.
function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' && error.message) {
    return error.message
  }
  return String(error)
}

export function createWebClipboard(
  clipboard: () => Clipboard | undefined = () => navigator.clipboard as Clipboard | undefined,
): Pick<InfraGlobeApi, 'copyText' | 'copyPng'> {
  return {
    async copyText(text) {
      if (text.length > MAX_CLIPBOARD_TEXT) throw new Error(`The text was not copied: it is longer than ${MAX_CLIPBOARD_TEXT} characters.`)
      const target = clipboard()
      if (!target?.writeText) throw new Error(`The text was not copied: ${UNAVAILABLE}.`)
      try {
        await target.writeText(text)
      } catch (error) {
        throw new Error(`The text was not copied: ${describeError(error)}`, { cause: error })
      }
    },
    async copyPng(png) {
      // The contract's schemas come with the first image copied, not with the app.
      const { PngBytesSchema } = await import('../../shared/ipc/contract')
      const checked = PngBytesSchema.safeParse(png)
      if (!checked.success) throw new Error(`The image was not copied: ${checked.error.issues.map((i) => i.message).join('; ')}.`)
      const target = clipboard()
      if (!target?.write || typeof ClipboardItem === 'undefined') throw new Error(`The image was not copied: ${UNAVAILABLE}.`)
      const bytes = png.buffer instanceof ArrayBuffer ? (png as Uint8Array<ArrayBuffer>) : new Uint8Array(png)
      try {
        await target.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })])
      } catch (error) {
        throw new Error(`The image was not copied: ${describeError(error)}`, { cause: error })
      }
    },
  }
}
