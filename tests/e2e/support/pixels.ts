import type { Page } from '@playwright/test'

export interface Rgb {
  r: number
  g: number
  b: number
}

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`)
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) }
}

export interface PixelStats {
  width: number
  height: number
  /** Standard deviation of luma (0-255) over all pixels. */
  lumaStdDev: number
  /** Coarse colour bins (3 bits a channel) that each hold at least `clusterShare` of the pixels. */
  clusters: number
  /** Per named colour: how many pixels lie within `tolerance` (RGB distance) of it. */
  near: Record<string, number>
}

/**
 * Decodes a PNG inside the page (the browser has the decoder; node has none installed here) and
 * returns pixel statistics. Runs in a page so it needs nothing the app does not already allow:
 * the bytes arrive as text, become a Blob and an ImageBitmap, and are read from a 2D canvas.
 */
export async function pixelStats(
  page: Page,
  png: Buffer,
  colours: Record<string, Rgb>,
  options: { tolerance: number; clusterShare: number },
): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, targets, tolerance, clusterShare }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D context for decoding the screenshot')
      context.drawImage(bitmap, 0, 0)
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height)

      const pixels = width * height
      const bins = new Uint32Array(512)
      const near: Record<string, number> = {}
      for (const name of Object.keys(targets)) near[name] = 0
      const entries = Object.entries(targets)
      const toleranceSquared = tolerance * tolerance
      let lumaSum = 0
      let lumaSquares = 0
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!
        const g = data[i + 1]!
        const b = data[i + 2]!
        const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b
        lumaSum += luma
        lumaSquares += luma * luma
        bins[((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5)]! += 1
        for (const [name, c] of entries) {
          const dr = r - c.r
          const dg = g - c.g
          const db = b - c.b
          if (dr * dr + dg * dg + db * db <= toleranceSquared) near[name]! += 1
        }
      }
      const mean = lumaSum / pixels
      const clusters = Array.from(bins).filter((count) => count / pixels >= clusterShare).length
      return {
        width,
        height,
        lumaStdDev: Math.sqrt(Math.max(0, lumaSquares / pixels - mean * mean)),
        clusters,
        near,
      }
    },
    { base64: png.toString('base64'), targets: colours, ...options },
  )
}

export interface PixelDifference {
  width: number
  height: number
  /** Pixels whose colours differ by more than `tolerance` (RGB distance). */
  changed: number
}

/**
 * Compares two screenshots of the same size pixel by pixel, decoded in the page as pixelStats
 * does. A layer switched off or on shows as a count of changed pixels; noise (antialiasing, a
 * dash that moved) stays small.
 */
export async function pixelDifference(
  page: Page,
  before: Buffer,
  after: Buffer,
  options: { tolerance: number },
): Promise<PixelDifference> {
  return page.evaluate(
    async ({ first, second, tolerance }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const context = canvas.getContext('2d')
        if (!context) throw new Error('no 2D context for decoding the screenshot')
        context.drawImage(bitmap, 0, 0)
        return context.getImageData(0, 0, bitmap.width, bitmap.height)
      }
      const [a, b] = [await decode(first), await decode(second)]
      if (a.width !== b.width || a.height !== b.height) {
        throw new Error(`screenshots differ in size: ${a.width}x${a.height} and ${b.width}x${b.height}`)
      }
      const toleranceSquared = tolerance * tolerance
      let changed = 0
      for (let i = 0; i < a.data.length; i += 4) {
        const dr = a.data[i]! - b.data[i]!
        const dg = a.data[i + 1]! - b.data[i + 1]!
        const db = a.data[i + 2]! - b.data[i + 2]!
        if (dr * dr + dg * dg + db * db > toleranceSquared) changed += 1
      }
      return { width: a.width, height: a.height, changed }
    },
    { first: before.toString('base64'), second: after.toString('base64'), tolerance: options.tolerance },
  )
}
