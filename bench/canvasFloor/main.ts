import { frameDrawer } from './draw'
import type { StartDrawing } from './protocol'

/**
 * One WebGL canvas the size of InfraGlobe's globe at 1280×800, drawn every animation frame,
 * either by the page (`?canvas=page`) or by a worker through an OffscreenCanvas
 * (`?canvas=worker`). `?work=` sets the frame's GPU time (draw.ts).
 */
const params = new URLSearchParams(location.search)
const work = Number(params.get('work')) || 8
const canvas = document.getElementById('globe') as HTMLCanvasElement
canvas.width = Number(params.get('w')) || 780
canvas.height = Number(params.get('h')) || 741
const probe = { frames: 0 }
window.__canvasFloor = probe

if (params.get('canvas') === 'worker') {
  const offscreen = canvas.transferControlToOffscreen()
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<number>) => {
    probe.frames = event.data
  }
  worker.postMessage({ canvas: offscreen, work } satisfies StartDrawing, [offscreen])
} else {
  const gl = canvas.getContext('webgl', { antialias: false })
  if (!gl) throw new Error('no WebGL')
  const draw = frameDrawer(gl, work)
  const frame = (now: number) => {
    draw(now / 1000)
    probe.frames++
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}
