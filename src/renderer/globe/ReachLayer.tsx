import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { Dataset } from '../../shared/dataset/schema'
import type { TimelineStep } from '../../shared/timeline'
import { reachClientFor } from '../reach/reachService'
import { useReachStore } from '../reach/reachStore'
import { selectReachStep, timelineStepsOf } from '../state/selectors'
import type { AppState } from '../state/store'
import { shallow, watch } from '../state/watch'
import { createReachLayer, disposeReachLayer, drawReachSurface } from './reachLayer'
import { cachedReachTextureData } from './reachTexture'
import type { GlobeRuntime } from './runtime'

/** What the reach layer draws: the switch, the dataset, and the step whose regions it measures. */
const reachInputs = (state: AppState) => [state.layers.reach, state.dataset, selectReachStep(state)] as const

/**
 * Reach: the land coloured by the estimated round trip to the nearest region
 * of the time-lapse's step (today: the regions open now), in the latency
 * arcs' bands, drawn by the Earth's own shader (the runtime's surface
 * overlay, surfaceOverlay.ts; no mesh of its own). The surfaces come from
 * the reach worker, cached per step: a step already computed is drawn in
 * the same store update that chose it (one texture upload); another keeps the last surface on screen, marked as
 * being computed in the reach store, until the worker answers. Turning the
 * layer on asks the worker for every step in the background, so playing the
 * time-lapse rarely waits.
 */
export function ReachLayer({ runtime }: { runtime: GlobeRuntime }) {
  const invalidate = useThree((state) => state.invalidate)
  const layer = useMemo(() => createReachLayer(), [])

  useEffect(() => () => disposeReachLayer(layer), [layer])

  useEffect(() => {
    /** The surface wanted now; an answer for any other is not drawn. */
    let wanted: { dataset: Dataset; step: TimelineStep } | null = null
    const reach = useReachStore.getState()
    const overlay = runtime.surfaceOverlay

    const draw = (dataset: Dataset, step: TimelineStep) => {
      const surface = reachClientFor(dataset).cachedSurface(step)
      if (!surface) return false
      drawReachSurface(layer, cachedReachTextureData(surface), surface.grid)
      overlay.set(layer.overlay)
      reach.setDrawn(step)
      invalidate()
      return true
    }

    const apply = ([on, dataset, step]: ReturnType<typeof reachInputs>): void => {
      if (!on || !dataset || step === null) {
        wanted = null
        if (overlay.current === layer.overlay) {
          overlay.set(null)
          invalidate()
        }
        reach.setDrawn(null)
        return
      }
      const client = reachClientFor(dataset)
      wanted = { dataset, step }
      if (draw(dataset, step)) {
        client.prefetch(timelineStepsOf(dataset))
        return
      }
      reach.setComputing(step)
      const request = wanted
      client.surface(step).then(
        () => {
          if (wanted === request) draw(dataset, step)
        },
        (error: unknown) => {
          if (wanted === request) reach.setSurfaceError(error instanceof Error ? error.message : String(error))
        },
      )
      // Asked after the step shown, so it goes first; the rest follow in the background.
      client.prefetch(timelineStepsOf(dataset))
    }
    const unwatch = watch(reachInputs, apply, { equality: shallow })
    return () => {
      unwatch()
      if (overlay.current === layer.overlay) overlay.set(null)
      reach.setDrawn(null)
    }
  }, [layer, runtime, invalidate])

  return null
}
