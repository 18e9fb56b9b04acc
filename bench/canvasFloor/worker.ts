import { frameDrawer } from './draw'
import type { StartDrawing } from './protocol'

/** The worker's own scope, as far as it is used (bench/ is typed with the DOM's library, not the worker's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StartDrawing>) => void) | null
  postMessage(frames: number): void
  requestAnimationFrame(callback: FrameRequestCallback): number
}

/** Draws into the page's transferred canvas every animation frame and reports the count after each. */
scope.onmessage = (event) => {
  const gl = event.data.canvas.getContext('webgl', { antialias: false })
  if (!gl) throw new Error('no WebGL in the worker')
  const draw = frameDrawer(gl, event.data.work)
  let frames = 0
  const frame = (now: number) => {
    draw(now / 1000)
    scope.postMessage(++frames)
    scope.requestAnimationFrame(frame)
  }
  scope.requestAnimationFrame(frame)
}
