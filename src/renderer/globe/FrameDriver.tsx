import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useState } from 'react'
import { AdaptiveResolution } from './adaptiveResolution'
import { drawnStraight } from './frameDrawing'
import { MultisampledFrame } from './multisampledFrame'
import type { GlobeRuntime } from './runtime'
import type { RenderedFrame } from './types'

/**
 * Renders each frame itself (a useFrame with priority 1 takes over r3f's
 * render), so that right after drawing it can read the draw calls of exactly
 * this frame: it projects the markers with the frame's camera, runs the
 * runtime's before-draw list (the labels' de-clutter pass), draws, and runs
 * the after-frame list (hover, probe counters, annotations): one place,
 * same camera. While the camera keeps moving it draws at a lower
 * pixel ratio (AdaptiveResolution) without multisampling, and at the full
 * one with it again once it stops (MultisampledFrame); the first frame
 * with the regions is drawn without samples too (frameDrawing.ts). While an export
 * holds the frames (frameHold.ts) it draws nothing.
 */
export function FrameDriver({ runtime }: { runtime: GlobeRuntime }) {
  useEffect(
    () => () => {
      delete document.documentElement.dataset.sceneReady
    },
    [],
  )

  const gl = useThree((state) => state.gl)
  const scene = useThree((state) => state.scene)
  const camera = useThree((state) => state.camera)
  // The scene's layers are in place (their meshes attach before any layout effect runs): hand the
  // GPU their shader programs now, so it compiles them while the page finishes its start-up work
  // instead of when the first frame asks for them.
  useLayoutEffect(() => {
    gl.compile(scene, camera)
    gl.getContext().flush()
  }, [gl, scene, camera])

  const [resolution] = useState(() => new AdaptiveResolution())
  const [atRest] = useState(() => new MultisampledFrame())
  useEffect(() => () => atRest.dispose(), [atRest])
  const invalidate = useThree((state) => state.invalidate)
  useEffect(() => {
    runtime.frameHold.requestFrame = invalidate
    return () => runtime.frameHold.dispose()
  }, [runtime, invalidate])

  useFrame((state) => {
    // An export is drawing: this frame is drawn once it is done (frameHold.ts).
    if (runtime.frameHold.skipFrame()) return
    const { gl, scene, camera, size, viewport } = state
    camera.updateMatrixWorld()
    const dpr = resolution.beforeRender(camera.matrixWorld, window.devicePixelRatio)
    // r3f resizes the drawing buffer synchronously, so this frame is drawn at the new ratio.
    if (viewport.dpr !== dpr) state.setDpr(dpr)
    // The canvas has no multisampling (Globe.tsx): a moving frame goes straight to it, one at rest through 4× samples.
    runtime.project(camera, size.width, size.height)
    runtime.beforeDraw.run(frame)
    const firstShowing = runtime.markersMounted && document.documentElement.dataset.sceneReady !== 'true'
    if (drawnStraight(resolution.moving, firstShowing)) gl.render(scene, camera)
    else atRest.render(gl, scene, camera)
    frame.drawCalls = gl.info.render.calls
    runtime.afterFrame.run(frame)
    if (firstShowing) document.documentElement.dataset.sceneReady = 'true'
    runtime.frameRendered()
    runtime.frameHold.frameDrawn()
    // The first frame with the regions asks for its multisampled successor.
    if (resolution.wantsAnotherFrame || firstShowing) state.invalidate()
  }, 1)

  return null
}

/** Reused every frame: the loop allocates nothing. */
const frame: RenderedFrame = { drawCalls: 0 }
