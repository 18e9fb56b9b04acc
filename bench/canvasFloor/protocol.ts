/** What the page sends the drawing worker: the canvas it transferred and the frame's work. */
export interface StartDrawing {
  canvas: OffscreenCanvas
  work: number
}

/** The page's frame counter, read by the measuring script. */
export interface FloorProbe {
  frames: number
}

declare global {
  interface Window {
    __canvasFloor?: FloorProbe
  }
}
