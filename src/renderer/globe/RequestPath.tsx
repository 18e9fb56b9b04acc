import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { PerspectiveCamera } from 'three'
import { selectRequestPath } from '../state/selectors'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { updateArcUniforms } from './arcFrame'
import { ArcFlow } from './arcFlow'
import { disposePlaceLayer } from './placeLayer'
import { createRequestPathLayer, pathOriginNote, pathStopLabels, writeRequestPath } from './requestPathLayer'
import type { GlobeRuntime } from './runtime'

/** The dashes flow along the path this long after it changes, then rest (never with reduced motion). */
const FLOW_SECONDS = 6
const DASH_PX = 18
const LABEL_GROUP = 'request-path'

/**
 * The way a viewer's request travels (selectRequestPath): from the pin to
 * the nearest edge location, and for a miss on to a regional edge cache and
 * the origin region, as white directed arcs (one draw call) with the edge
 * and cache ringed (one more) and each stop labelled with its leg's round
 * trip. Drawn whenever the store asks for a path, whatever the layers; the
 * dashes stand still under reduced motion, the path stays.
 */
export function RequestPath({ runtime }: { runtime: GlobeRuntime }) {
  const invalidate = useThree((state) => state.invalidate)
  const layer = useMemo(() => createRequestPathLayer(), [])
  const flow = useMemo(() => new ArcFlow(FLOW_SECONDS, invalidate), [invalidate])

  useEffect(
    () => () => {
      flow.dispose()
      layer.buffers.geometry.dispose()
      layer.arcs.material.dispose()
      disposePlaceLayer(layer.stops)
    },
    [layer, flow],
  )

  useEffect(() => {
    const unwatch = [
      watch(selectRequestPath, (path) => {
        writeRequestPath(layer, path)
        runtime.layerLabels.set(LABEL_GROUP, pathStopLabels(path))
        runtime.layerLabels.setNotes(LABEL_GROUP, pathOriginNote(path))
        flow.start(useAppStore.getState().reducedMotion || path === null)
        invalidate()
      }),
      watch(
        (state) => state.reducedMotion,
        (reduced) => {
          if (reduced) flow.stop()
        },
      ),
    ]
    return () => {
      for (const stop of unwatch) stop()
      runtime.layerLabels.set(LABEL_GROUP, [])
      runtime.layerLabels.setNotes(LABEL_GROUP, new Map())
    }
  }, [layer, flow, runtime, invalidate])

  useFrame(({ camera, size }, delta) => {
    if (!layer.arcs.visible) return
    updateArcUniforms(layer.arcs.material, camera, size.width, size.height, DASH_PX)
    if (camera instanceof PerspectiveCamera && size.height > 0) {
      const uniform = layer.stops.mesh.material.uniforms.uWorldPerPx
      if (uniform) uniform.value = (2 * Math.tan((camera.fov * Math.PI) / 360)) / size.height
    }
    flow.step(layer.arcs.material, delta)
  })

  return (
    <>
      <primitive object={layer.arcs} />
      <primitive object={layer.stops.mesh} />
    </>
  )
}
