/**
 * Line breaking for annotation text, in any script: shared by the screen
 * (SVG) and the export (canvas), which therefore break at the same places.
 * Breaks fall between words (Intl.Segmenter finds them: spaces for most
 * scripts, a dictionary for Chinese, Japanese and Thai, which use none),
 * after a hyphen, and at explicit line breaks; never before closing
 * punctuation nor after an opening one. A word wider than a line is broken
 * between its letters (graphemes).
 */

/** Width of a text at the font the lines are measured in, px. */
export type Measure = (text: string) => number

/** Scripts written without spaces between words: a break may fall between any two of their words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff00-\uffef]/u
const SPACE = /^\s+$/u
/** Closing punctuation (Latin and CJK): never the start of a line. */
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]/u
/** Opening punctuation: never the end of a line. */
const OPENING = /[\p{Ps}\p{Pi}]$/u

let wordSegmenter: Intl.Segmenter | null = null
let graphemeSegmenter: Intl.Segmenter | null = null

function words(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
  return Array.from(wordSegmenter.segment(text), (s) => s.segment)
}

function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment)
}

/** Whether a line may break between two adjacent segments. */
function breakable(before: string, after: string): boolean {
  if (SPACE.test(after)) return false
  if (SPACE.test(before)) return true
  if (CLOSING.test(after) || OPENING.test(before)) return false
  if (/[-‐–—/]$/u.test(before)) return true
  return UNSPACED.test(before.slice(-1)) || UNSPACED.test(after.slice(0, 1))
}

/** The text cut into pieces that are never broken inside (unless one alone is wider than a line). */
export function unbreakablePieces(paragraph: string): string[] {
  const pieces: string[] = []
  let current = ''
  let previous = ''
  for (const segment of words(paragraph)) {
    if (current && breakable(previous, segment)) {
      pieces.push(current)
      current = ''
    }
    current += segment
    previous = segment
  }
  if (current) pieces.push(current)
  return pieces
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (a lone grapheme wider
 * than that keeps a line of its own; closing punctuation may hang past it).
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r\n|\r|\n/u)) {
    let line = ''
    const push = (): void => {
      lines.push(line.trimEnd())
      line = ''
    }
    for (const piece of unbreakablePieces(paragraph)) {
      if (measure((line + piece).trimEnd()) <= maxWidth) {
        line += piece
        continue
      }
      if (line.trim()) push()
      line = ''
      const start = piece.trimStart()
      if (measure(start.trimEnd()) <= maxWidth) {
        line = start
        continue
      }
      // One piece wider than a line: break it between graphemes. Closing punctuation
      // hangs past the end of the line rather than start the next (as Japanese type does).
      for (const grapheme of graphemes(start)) {
        if (line.trim() && !CLOSING.test(grapheme) && measure((line + grapheme).trimEnd()) > maxWidth) push()
        line += grapheme
      }
    }
    push()
  }
  return lines
}

const measurers = new Map<string, Measure>()
let measuringContext: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null | undefined

function context2d(): OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null {
  if (measuringContext !== undefined) return measuringContext
  measuringContext = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null
  return measuringContext
}

/**
 * A measure for a CSS font: the browser's own text metrics (the fonts the
 * SVG and the export draw with), cached per text; where there is no canvas
 * (tests without a layout engine) an estimate: one em for wide
 * (CJK, full-width) characters, 0.56 em for others.
 */
export function measureFor(font: string, fontPx: number): Measure {
  const key = font
  const known = measurers.get(key)
  if (known) return known
  const context = context2d()
  const widths = new Map<string, number>()
  const measure: Measure = (text) => {
    let width = widths.get(text)
    if (width !== undefined) return width
    if (context) {
      context.font = font
      width = context.measureText(text).width
    } else {
      width = 0
      for (const char of text) width += (WIDE.test(char) ? 1 : 0.56) * fontPx
    }
    // A text is measured a few times while its lines are found; a bounded cache keeps a long session small.
    if (widths.size > 2000) widths.clear()
    widths.set(text, width)
    return width
  }
  measurers.set(key, measure)
  return measure
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
