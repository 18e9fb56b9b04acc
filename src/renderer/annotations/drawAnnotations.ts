/** Where a place on the globe is on the exported image; null or invisible when it is behind the globe. */
export type ProjectToImage = (lat: number, lon: number) => { x: number; y: number; visible: boolean } | null

export interface DrawAnnotationsOptions {
  /** Image size in pixels. */
  width: number
  height: number
  /** Image pixels per CSS pixel of the on-screen view: sizes (type, strokes) scale by it. */
  scale: number
  /** Projects a globe-anchored annotation to image pixels, with the exported camera. */
  project: ProjectToImage
}

/** Draws the current annotations onto an export image as they appear on screen. */
export function drawAnnotations(_context: CanvasRenderingContext2D, _options: DrawAnnotationsOptions): void {}
