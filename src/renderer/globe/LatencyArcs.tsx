import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { selectRegionStatuses } from '../state/selectors'
import { useAppStore, type AppState } from '../state/store'
import { shallow, watch } from '../state/watch'
import type { RegionNote } from './layerLabels'
import { updateArcUniforms } from './arcFrame'
import { MAX_STEP_SECONDS } from './frameTiming'
import { createLatencyLayer, nearestNotes, writeLatencyArcs } from './latencyArcLayer'
import type { GlobeRuntime } from './runtime'

/**
 * After the arcs change (the pin moves, the layer comes on) the dashes flow
 * from the pin towards the regions for this long, then rest: the direction
 * shows, and the app goes idle again instead of drawing frames forever.
 * Their shape (bright head, faint tail) keeps the direction when they rest.
 */
export const FLOW_SECONDS = 6

/** The flow asks for at most this many frames per second (other motion may draw more). */
const FLOW_FPS = 30

const DASH_PX = 16

/** What the arcs are drawn from: the ranking's inputs (the time-lapse's year among them), the layer switch, the scope and the theme. */
const arcInputs = (state: AppState) =>
  [state.dataset, state.userLocation, state.layers.latencyArcs, state.latencyArcScope, state.theme, state.year] as const

/** The hovered and selected regions' arcs stand out. */
const highlighted = (state: AppState) => [state.hoveredCode, state.selectedCode] as const

const NOTE_GROUP = 'latency'
const NO_NOTES: ReadonlyMap<string, RegionNote> = new Map()

interface Flow {
  /** Seconds of flow left. */
  remaining: number
  /** A frame of the flow was drawn last time: the next one may step by its delta. */
  running: boolean
  timer: number
}

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
  const flow = useMemo<Flow>(() => ({ remaining: 0, running: false, timer: 0 }), [])

  useEffect(
    () => () => {
      layer.buffers.geometry.dispose()
      layer.mesh.material.dispose()
    },
    [layer],
  )

  useEffect(() => {
    const uniforms = layer.mesh.material.uniforms
    const highlight = ([hoveredCode, selectedCode]: ReturnType<typeof highlighted>): void => {
      if (uniforms.uHovered) uniforms.uHovered.value = runtime.indexOf(hoveredCode)
      if (uniforms.uSelected) uniforms.uSelected.value = runtime.indexOf(selectedCode)
      invalidate()
    }
    const rebuild = ([dataset, userLocation, on, scope, theme, year]: ReturnType<typeof arcInputs>): void => {
      const shown = writeLatencyArcs(layer, runtime, { dataset, userLocation, on, scope, theme, year })
      // The statuses come from the same dataset as the arcs, so arcInputs covers them.
      const statuses = selectRegionStatuses(useAppStore.getState())
      runtime.layerLabels.setNotes(NOTE_GROUP, shown ? nearestNotes(shown, statuses, theme) : NO_NOTES)
      flow.remaining = shown && !useAppStore.getState().reducedMotion ? FLOW_SECONDS : 0
      flow.running = false
      invalidate()
    }
    const stopOnReducedMotion = (reduced: boolean, before: boolean): void => {
      if (reduced && !before) flow.remaining = 0
    }
    const unwatch = [
      watch(arcInputs, rebuild, { equality: shallow }),
      watch(highlighted, highlight, { equality: shallow }),
      watch((state) => state.reducedMotion, stopOnReducedMotion),
    ]
    // A hidden page draws nothing; the flow carries on where it stopped when the page shows again.
    const onVisibility = (): void => {
      if (document.visibilityState !== 'visible' || flow.remaining <= 0) return
      flow.running = false
      invalidate()
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      for (const stop of unwatch) stop()
      document.removeEventListener('visibilitychange', onVisibility)
      window.clearTimeout(flow.timer)
      flow.timer = 0
      runtime.layerLabels.setNotes(NOTE_GROUP, NO_NOTES)
    }
  }, [layer, flow, runtime, invalidate])

  useFrame(({ camera, size }, delta) => {
    const material = layer.mesh.material
    if (!layer.mesh.visible) return
    updateArcUniforms(material, camera, size.width, size.height, DASH_PX)
    if (flow.remaining <= 0 || document.visibilityState === 'hidden') {
      flow.running = false
      return
    }
    // After a pause r3f's delta spans the whole pause: the first frame of a flow takes no step.
    // The flow lasts its seconds of wall time however slowly frames come; the dashes step at most
    // MAX_STEP_SECONDS a frame so a slow frame never makes them jump.
    const elapsed = flow.running ? delta : 0
    flow.running = true
    flow.remaining -= elapsed
    const time = material.uniforms.uTime
    if (time) time.value = (time.value as number) + Math.min(elapsed, MAX_STEP_SECONDS)
    if (flow.remaining > 0 && flow.timer === 0) {
      flow.timer = window.setTimeout(() => {
        flow.timer = 0
        invalidate()
      }, 1000 / FLOW_FPS)
    }
  })

  return <primitive object={layer.mesh} />
}
