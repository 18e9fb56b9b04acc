/** The export sizes the dialog offers: slide shapes, or multiples of the view on screen. */
export type ExportSize = { kind: 'multiple'; factor: number } | { kind: 'fixed'; width: number; height: number }

export interface SizeChoice {
  id: string
  label: string
  /** Slide shapes come first and are the usual choice; the window's own shape is the other group. */
  group: 'slide' | 'window'
  size: ExportSize
}

/**
 * Slide shapes first (the view is fitted into them, see frameFit.ts): 16:9
 * at Full HD and 4K, 4:3 at 1600 × 1200. Then the window's own shape.
 */
export const SIZE_CHOICES: readonly SizeChoice[] = [
  { id: 'full-hd', group: 'slide', label: '16:9 · 1920 × 1080 (Full HD)', size: { kind: 'fixed', width: 1920, height: 1080 } },
  { id: 'uhd', group: 'slide', label: '16:9 · 3840 × 2160 (4K)', size: { kind: 'fixed', width: 3840, height: 2160 } },
  { id: '4-3', group: 'slide', label: '4:3 · 1600 × 1200', size: { kind: 'fixed', width: 1600, height: 1200 } },
  { id: '1x', group: 'window', label: '1× the view (the window’s shape)', size: { kind: 'multiple', factor: 1 } },
  { id: '2x', group: 'window', label: '2× the view', size: { kind: 'multiple', factor: 2 } },
]

/** The choice the dialog starts with. */
export const DEFAULT_SIZE_ID = 'full-hd'

/** Larger sides are refused: the image alone would need gigabytes of memory. */
export const MAX_EXPORT_SIDE = 16384

export interface ResolvedSize {
  width: number
  height: number
  /**
   * Image px per CSS px of the view: the view is fitted whole into the
   * image (frameFit.ts), so everything drawn in screen px (markers, type)
   * scales by the smaller of the two ratios.
   */
  scale: number
}

/** The pixel size and scale of an export of a view `view` CSS px large. */
export function resolveSize(size: ExportSize, view: { width: number; height: number }): ResolvedSize {
  if (!(view.width > 0 && view.height > 0)) throw new Error('the globe has no size on screen yet')
  const width = size.kind === 'multiple' ? Math.round(view.width * size.factor) : size.width
  const height = size.kind === 'multiple' ? Math.round(view.height * size.factor) : size.height
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`an image of ${width} × ${height} pixels cannot be made`)
  }
  if (width > MAX_EXPORT_SIDE || height > MAX_EXPORT_SIDE) {
    throw new RangeError(`${width} × ${height} pixels is too large (at most ${MAX_EXPORT_SIDE} a side)`)
  }
  return { width, height, scale: Math.min(width / view.width, height / view.height) }
}

/** "01-europe-at-a-glance.png": the numbered file of a scene, sortable, safe on every file system. */
export function sceneFileName(index: number, count: number, title: string): string {
  const digits = Math.max(2, String(count).length)
  return `${String(index + 1).padStart(digits, '0')}-${slug(title) || 'scene'}.png`
}

/** Lower-case words joined by hyphens; letters of any script are kept, accents dropped from Latin ones. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
