import type { AnnotationColour, AnnotationSize } from '../../shared/annotations/schema'
import { palette } from '../theme/palette'

/**
 * The one description of how annotations look, read by the on-screen layer
 * (SVG) and by the PNG export (canvas): colours, type sizes, strokes and the
 * font stack. Sizes are CSS px of the on-screen view; the export multiplies
 * them by its scale.
 */

/** Saturated and light, so each holds up on the dark ocean, on land and on a washed-out projector. */
export const annotationColours: Readonly<Record<AnnotationColour, string>> = {
  yellow: '#ffd84a',
  white: '#ffffff',
  cyan: '#4fe3ff',
  magenta: '#ff6be0',
  orange: '#ff9d2e',
}

/** Drawn under every stroke and mark: keeps annotations readable over land, ocean and lines alike. */
export const ANNOTATION_HALO = palette.labelHalo

/** Opacity of the plate under annotation text: the globe shows through faintly, the text reads over anything. */
const PLATE_OPACITY = 0.86
/** How much of the annotation's colour tints its plate (the rest is the halo's dark). */
const PLATE_TINT = 0.16

/**
 * The plate under an annotation's text, in its colour scheme: the halo's
 * dark tinted with the annotation's colour, edged with the colour itself.
 */
export function plateColours(colour: AnnotationColour): { fill: string; stroke: string } {
  const ink = hexRgb(annotationColours[colour])
  const dark = hexRgb(ANNOTATION_HALO)
  const mix = (i: 0 | 1 | 2) => Math.round(dark[i] + (ink[i] - dark[i]) * PLATE_TINT)
  return {
    fill: `rgba(${mix(0)}, ${mix(1)}, ${mix(2)}, ${PLATE_OPACITY})`,
    stroke: `rgba(${ink[0]}, ${ink[1]}, ${ink[2]}, 0.9)`,
  }
}

function hexRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', '').slice(0, 6), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

/**
 * System fonts only (nothing is fetched): the platform's UI font first, then
 * Noto families that cover Latin with accents, CJK and Arabic where the
 * system font does not (Linux machines with fonts-noto-core / fonts-noto-cjk).
 */
export const ANNOTATION_FONT_STACK =
  "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'Hiragino Sans', 'Microsoft YaHei', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Geeza Pro', sans-serif"

export const ANNOTATION_FONT_WEIGHT = 700

export interface AnnotationSizeSpec {
  /** Type size. */
  fontPx: number
  /** Width of leader lines, pin stems and arrow shafts. */
  linePx: number
  /** Halo width around strokes and glyphs (each side). */
  haloPx: number
  /** The dot at a callout's anchor. */
  dotPx: number
  /** A pin's head radius and the stem under it. */
  pinHeadPx: number
  pinStemPx: number
  /** From a callout's anchor to the start of its text, across and up. */
  leaderDx: number
  leaderDy: number
  /** Space between the end of a line and its text. */
  gapPx: number
  /** Arrowhead length and half its width. */
  headLengthPx: number
  headHalfWidthPx: number
}

/** Large enough to read from the back of a room; small is still bigger than the region labels. */
export const annotationSizes: Readonly<Record<AnnotationSize, AnnotationSizeSpec>> = {
  small: {
    fontPx: 18,
    linePx: 2.5,
    haloPx: 3,
    dotPx: 4,
    pinHeadPx: 7,
    pinStemPx: 18,
    leaderDx: 22,
    leaderDy: 22,
    gapPx: 5,
    headLengthPx: 14,
    headHalfWidthPx: 7,
  },
  medium: {
    fontPx: 26,
    linePx: 3.5,
    haloPx: 4,
    dotPx: 5,
    pinHeadPx: 9,
    pinStemPx: 24,
    leaderDx: 30,
    leaderDy: 30,
    gapPx: 6,
    headLengthPx: 20,
    headHalfWidthPx: 10,
  },
  large: {
    fontPx: 38,
    linePx: 5,
    haloPx: 5,
    dotPx: 7,
    pinHeadPx: 12,
    pinStemPx: 32,
    leaderDx: 40,
    leaderDy: 40,
    gapPx: 8,
    headLengthPx: 28,
    headHalfWidthPx: 14,
  },
}

/** The CSS / canvas `font` shorthand for an annotation's text at a scale. */
export function annotationFont(size: AnnotationSize, scale = 1): string {
  return `${ANNOTATION_FONT_WEIGHT} ${annotationSizes[size].fontPx * scale}px ${ANNOTATION_FONT_STACK}`
}

/**
 * Where the alphabetic baseline sits below the middle of a line of text, as
 * a fraction of the type size: both renderers place text by its baseline,
 * which they agree on, rather than by 'middle', which they do not.
 */
export const BASELINE_DROP = 0.35

/** Distance between the baselines of wrapped lines, as a multiple of the type size. */
export const LINE_HEIGHT = 1.22

/**
 * The base direction of a text, as HTML's dir="auto" decides it: from its
 * first strong character (Hebrew and Arabic letters are right-to-left).
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return 'rtl'
    if (LTR_LETTER.test(char)) return 'ltr'
  }
  return 'ltr'
}

const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const LTR_LETTER = /\p{L}/u
