import { palette } from '../theme/palette'
import { ellipsize, font, wrapText } from './imageFonts'

/** Caption type and band padding in CSS px (scaled with the image), as large as the presenter's captions allow on a slide. */
const CAPTION_PX = 22
const PAD_X = 24
const PAD_Y = 12
/** A caption longer than this many lines is cut with an ellipsis: the band must not cover the globe. */
const MAX_LINES = 4
const BAND_OPACITY = 0.88

/**
 * A scene's caption as a band along the bottom of the image: the app's
 * background colour, nearly opaque, with the caption centred in the label
 * colour. Returns the band's height (image px).
 */
export function drawCaptionBand(context: CanvasRenderingContext2D, caption: string, width: number, height: number, scale: number): number {
  const size = CAPTION_PX * scale
  const padX = PAD_X * scale
  const padY = PAD_Y * scale
  const maxWidth = width - 2 * padX
  context.save()
  context.font = font(600, size)
  let lines = caption
    .split(/\r\n|\r|\n/u)
    .flatMap((paragraph) => wrapText(context, paragraph, maxWidth, ' '))
  if (lines.length > MAX_LINES) {
    lines = lines.slice(0, MAX_LINES)
    lines[MAX_LINES - 1] = ellipsize(context, `${lines[MAX_LINES - 1] ?? ''}…`, maxWidth)
  }
  const lineHeight = size * 1.3
  const band = lines.length * lineHeight + 2 * padY
  context.fillStyle = withAlpha(palette.background, BAND_OPACITY)
  context.fillRect(0, height - band, width, band)
  context.fillStyle = palette.label
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  lines.forEach((line, i) => {
    context.fillText(ellipsize(context, line, maxWidth), width / 2, height - band + padY + (i + 0.5) * lineHeight)
  })
  context.restore()
  return band
}

function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.replace('#', '').slice(0, 6), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}
