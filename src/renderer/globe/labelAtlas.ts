import { CanvasTexture, LinearFilter, NoColorSpace } from 'three'
import { runFont, type LabelLine } from './labelText'

/** Room round each line for its halo, CSS px. */
export const HALO_PAD_PX = 3

/** Widest atlas row, device px (a texture size every WebGL2 implementation has). */
const ROW_PX = 2048

/** Where a line sits in the atlas (texture coordinates, v down) and its cell's size with the halo, CSS px. */
export interface AtlasCell {
  u0: number
  v0: number
  u1: number
  v1: number
  width: number
  height: number
}

/**
 * The label lines rasterised once with Canvas 2D, at the device pixel ratio,
 * into one texture: drawn text keeps the browser's shaping of any script,
 * its hinting and its sharpness, and the globe draws every label from it in
 * one draw call. Redrawn as a whole when a label's text or tone or the theme
 * changes, never while the globe only turns.
 */
export class LabelAtlas {
  texture: CanvasTexture | null = null
  private canvas: HTMLCanvasElement | null = null
  private context: CanvasRenderingContext2D | null = null

  /**
   * Draws `lines` (widths in CSS px from the same fonts) at `scale` device
   * px per CSS px with a halo of `halo`; returns each line's cell. Where
   * there is no Canvas 2D the cells are laid out all the same, and nothing
   * is drawn (the texture stays null).
   */
  draw(lines: readonly LabelLine[], widths: readonly number[], scale: number, halo: string): AtlasCell[] {
    if (!this.canvas) {
      this.canvas = document.createElement('canvas')
      this.context = this.canvas.getContext('2d')
    }
    const canvas = this.canvas
    const context = this.context
    // Shelf packing, in device px: each cell a whole number of pixels, so a texel meets a pixel.
    const sizes = lines.map((line, k) => ({
      w: Math.ceil(((widths[k] as number) + 2 * HALO_PAD_PX) * scale),
      h: Math.ceil((line.height + 2 * HALO_PAD_PX) * scale),
    }))
    const at: { x: number; y: number }[] = []
    let x = 0
    let y = 0
    let rowHeight = 0
    let usedWidth = 1
    for (const size of sizes) {
      if (x + size.w > ROW_PX && x > 0) {
        y += rowHeight
        x = 0
        rowHeight = 0
      }
      at.push({ x, y })
      x += size.w
      usedWidth = Math.max(usedWidth, x)
      rowHeight = Math.max(rowHeight, size.h)
    }
    const width = Math.min(ROW_PX, usedWidth)
    const height = Math.max(1, y + rowHeight)
    const cells = sizes.map((size, k) => {
      const cell = at[k] as { x: number; y: number }
      return {
        u0: cell.x / width,
        v0: cell.y / height,
        u1: (cell.x + size.w) / width,
        v1: (cell.y + size.h) / height,
        width: size.w / scale,
        height: size.h / scale,
      }
    })
    if (!context) return cells
    if (canvas.width !== width || canvas.height !== height || !this.texture) {
      canvas.width = width
      canvas.height = height
      // A texture's storage is fixed once uploaded: a new size needs a new texture.
      this.texture?.dispose()
      this.texture = atlasTexture(canvas)
    } else {
      context.setTransform(1, 0, 0, 1, 0, 0)
      context.clearRect(0, 0, width, height)
    }

    context.lineJoin = 'round'
    context.textBaseline = 'alphabetic'
    context.textAlign = 'left'
    lines.forEach((line, k) => {
      const { x: cellX, y: cellY } = at[k] as { x: number; y: number }
      context.setTransform(scale, 0, 0, scale, cellX, cellY)
      let runX = HALO_PAD_PX
      line.runs.forEach((run, r) => {
        if (r > 0) runX += line.gapPx
        context.font = runFont(run)
        // The baseline where CSS puts it: the font's ascent and descent centred in the line box.
        const metrics = context.measureText(run.text)
        const ascent = metrics.fontBoundingBoxAscent
        const descent = metrics.fontBoundingBoxDescent
        const baseline = HALO_PAD_PX + (line.height - ascent - descent) / 2 + ascent
        // A soft halo as the text-shadow of HTML labels gave: a blurred stroke under the fill.
        context.shadowColor = halo
        context.shadowBlur = 2 * scale
        context.strokeStyle = halo
        context.lineWidth = 3
        context.strokeText(run.text, runX, baseline)
        context.shadowBlur = 0
        context.shadowColor = 'transparent'
        context.fillStyle = run.colour
        context.fillText(run.text, runX, baseline)
        runX += metrics.width
      })
    })
    context.setTransform(1, 0, 0, 1, 0, 0)
    if (this.texture) this.texture.needsUpdate = true
    return cells
  }

  dispose(): void {
    this.texture?.dispose()
    this.texture = null
    this.canvas = null
    this.context = null
  }
}

/** The atlas as drawn: sRGB bytes passed through as they are (the frame's targets hold sRGB too), premultiplied, no mipmaps. */
function atlasTexture(canvas: HTMLCanvasElement): CanvasTexture {
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = NoColorSpace
  texture.flipY = false
  texture.premultiplyAlpha = true
  texture.generateMipmaps = false
  texture.minFilter = LinearFilter
  texture.magFilter = LinearFilter
  return texture
}
