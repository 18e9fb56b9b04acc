import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { selectRegionStatuses } from '../state/selectors'
import { useAppStore, type AppState } from '../state/store'
import { shallow, watch } from '../state/watch'
import type { RegionNote } from './layerLabels'
import { updateArcUniforms } from './arcFrame'
import { ArcFlow } from './arcFlow'
import { arcsFlowAfter, createLatencyLayer, nearestNotes, writeLatencyArcs, type LatencyArcInput } from './latencyArcLayer'
import type { GlobeRuntime } from './runtime'

/**
 * After the arcs give a new answer (the pin moves, the layer comes on; see
 * arcsFlowAfter) the dashes flow from the pin towards the regions for this
 * long, then rest: the direction shows, and the app goes idle again instead
 * of drawing frames forever. Their shape (bright head, faint tail) keeps the
 * direction when they rest.
 */
export const FLOW_SECONDS = 6

const DASH_PX = 16

/** What the arcs are drawn from: the ranking's inputs (the time-lapse's year among them), the layer switch, the scope and the theme. */
const arcInputs = (state: AppState) =>
  [state.dataset, state.userLocation, state.layers.latencyArcs, state.latencyArcScope, state.theme, state.year] as const

/** The hovered and selected regions' arcs stand out. */
const highlighted = (state: AppState) => [state.hoveredCode, state.selectedCode] as const

const NOTE_GROUP = 'latency'
const NO_NOTES: ReadonlyMap<string, RegionNote> = new Map()

interface LatencyArcsProps {
  /** Regions in the runtime's order: a new list rebuilds the layer once the runtime holds it. */
  regions: readonly Region[]
  runtime: GlobeRuntime
}

/**
 * Arcs from the user's location to every region (or the nearest N),
 * coloured by RTT band, in one draw call; the nearest few regions' labels
 * show their RTT. Moving the pin rewrites the existing buffers in place,
 * in the store update itself, so the next frame shows the new arcs.
 * Dashes flow (never with reduced motion, never while hidden) for a few
 * seconds after a change.
 */
export function LatencyArcs({ regions, runtime }: LatencyArcsProps) {
  const invalidate = useThree((state) => state.invalidate)
  const layer = useMemo(() => createLatencyLayer(regions.length), [regions])
  const flow = useMemo(() => new ArcFlow(FLOW_SECONDS, invalidate), [invalidate])

  useEffect(
    () => () => {
      flow.dispose()
      layer.buffers.geometry.dispose()
      layer.mesh.material.dispose()
    },
    [layer, flow],
  )

  useEffect(() => {
    const uniforms = layer.mesh.material.uniforms
    const highlight = ([hoveredCode, selectedCode]: ReturnType<typeof highlighted>): void => {
      if (uniforms.uHovered) uniforms.uHovered.value = runtime.indexOf(hoveredCode)
      if (uniforms.uSelected) uniforms.uSelected.value = runtime.indexOf(selectedCode)
      invalidate()
    }
    let drawn: LatencyArcInput | null = null
    const rebuild = ([dataset, userLocation, on, scope, theme, year]: ReturnType<typeof arcInputs>): void => {
      const input: LatencyArcInput = { dataset, userLocation, on, scope, theme, year }
      const shown = writeLatencyArcs(layer, runtime, input)
      // The statuses come from the same dataset as the arcs, so arcInputs covers them.
      const statuses = selectRegionStatuses(useAppStore.getState())
      runtime.layerLabels.setNotes(NOTE_GROUP, shown ? nearestNotes(shown, statuses, theme) : NO_NOTES)
      if (!shown) flow.stop()
      else if (arcsFlowAfter(input, drawn)) flow.start(useAppStore.getState().reducedMotion)
      drawn = input
      invalidate()
    }
    const stopOnReducedMotion = (reduced: boolean, before: boolean): void => {
      if (reduced && !before) flow.stop()
    }
    const unwatch = [
      watch(arcInputs, rebuild, { equality: shallow }),
      watch(highlighted, highlight, { equality: shallow }),
      watch((state) => state.reducedMotion, stopOnReducedMotion),
    ]
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') flow.resume()
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      for (const stop of unwatch) stop()
      document.removeEventListener('visibilitychange', onVisibility)
      runtime.layerLabels.setNotes(NOTE_GROUP, NO_NOTES)
    }
  }, [layer, flow, runtime, invalidate])

  useFrame(({ camera, size }, delta) => {
    const material = layer.mesh.material
    if (!layer.mesh.visible) return
    updateArcUniforms(material, camera, size.width, size.height, DASH_PX)
    flow.step(material, delta)
  })

  return <primitive object={layer.mesh} />
}
