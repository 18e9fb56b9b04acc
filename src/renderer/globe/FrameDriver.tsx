import { useFrame } from '@react-three/fiber'
import { useEffect } from 'react'
import { useAppStore } from '../state/store'
import type { LabelLayer } from './labelLayer'
import type { PointerTracker } from './pointer'
import type { ProbeCounters } from './probe'
import type { GlobeRuntime } from './runtime'

export interface FrameHooks {
  labels: LabelLayer | null
  pointer: PointerTracker | null
  counters: ProbeCounters | null
  /** A layer beside the canvas (annotations) that follows the globe after each frame. */
  overlay?: { afterFrame(runtime: GlobeRuntime): void } | null
}

/**
 * Renders each frame itself (a useFrame with priority 1 takes over r3f's
 * render), so that right after drawing it can read the draw calls of exactly
 * this frame, project the markers with the camera just used, and move the
 * labels, re-pick the hover and count the frame: one place, same camera.
 */
export function FrameDriver({ runtime, hooks }: { runtime: GlobeRuntime; hooks: FrameHooks }) {
  useEffect(
    () => () => {
      delete document.documentElement.dataset.sceneReady
    },
    [],
  )

  useFrame(({ gl, scene, camera, size }) => {
    gl.render(scene, camera)
    const counters = hooks.counters
    if (counters) {
      counters.frames++
      counters.drawCalls = gl.info.render.calls
    }
    runtime.project(camera, size.width, size.height)
    const { selectedCode, hoveredCode } = useAppStore.getState()
    hooks.labels?.update(runtime, runtime.indexOf(selectedCode), runtime.indexOf(hoveredCode))
    hooks.overlay?.afterFrame(runtime)
    hooks.pointer?.afterFrame()
    if (runtime.markersMounted && document.documentElement.dataset.sceneReady !== 'true') {
      document.documentElement.dataset.sceneReady = 'true'
    }
    runtime.frameRendered()
  }, 1)

  return null
}
