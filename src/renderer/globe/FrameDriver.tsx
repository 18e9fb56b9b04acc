import { useFrame } from '@react-three/fiber'
import { useEffect } from 'react'
import type { GlobeRuntime } from './runtime'
import type { RenderedFrame } from './types'

/**
 * Renders each frame itself (a useFrame with priority 1 takes over r3f's
 * render), so that right after drawing it can read the draw calls of exactly
 * this frame, project the markers with the camera just used, and run the
 * runtime's after-frame list (labels, hover, probe counters, annotations):
 * one place, same camera.
 */
export function FrameDriver({ runtime }: { runtime: GlobeRuntime }) {
  useEffect(
    () => () => {
      delete document.documentElement.dataset.sceneReady
    },
    [],
  )

  useFrame(({ gl, scene, camera, size }) => {
    gl.render(scene, camera)
    frame.drawCalls = gl.info.render.calls
    runtime.project(camera, size.width, size.height)
    runtime.afterFrame.run(frame)
    if (runtime.markersMounted && document.documentElement.dataset.sceneReady !== 'true') {
      document.documentElement.dataset.sceneReady = 'true'
    }
    runtime.frameRendered()
  }, 1)

  return null
}

/** Reused every frame: the loop allocates nothing. */
const frame: RenderedFrame = { drawCalls: 0 }
