import { encodePng } from './exportView'

/**
 * Prepares the first export while the app is idle: importing this module
 * loads the export's code (its chunk, with exportView.ts), and a one-pixel
 * image through the PNG encoder brings the encoder's own first-use work
 * forward. The export bridge calls it once after the first frame.
 */
export async function warmExport(): Promise<void> {
  const canvas = document.createElement('canvas')
  canvas.width = 1
  canvas.height = 1
  canvas.getContext('2d')?.fillRect(0, 0, 1, 1)
  await encodePng(canvas)
}
