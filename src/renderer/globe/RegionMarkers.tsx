import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import {
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  PerspectiveCamera,
  PlaneGeometry,
} from 'three'
import type { Region } from '../../shared/dataset/schema'
import { toVector, type Vec3 } from '../../shared/geo'
import {
  selectPriceIndexes,
  selectRegionEmphasis,
  selectRegionPlacement,
  selectRegionStatuses,
  selectYearView,
} from '../state/selectors'
import { useAppStore, type AppState } from '../state/store'
import { shallow, watch } from '../state/watch'
import { radii } from './dimensions'
import { createMarkerBuffers, topRankNotes, writeMarkerBuffers, type MarkerInputs } from './markerAttributes'
import { applyMarkerColours, createMarkerMaterial, markerState } from './markerMaterial'
import type { GlobeRuntime } from './runtime'
import { freshNotes } from './timelineNotes'

interface RegionMarkersProps {
  /** Regions in the runtime's order (instance i is region i). */
  regions: readonly Region[]
  runtime: GlobeRuntime
}

const RANK_NOTES = 'chooser-rank'
const FRESH_NOTES = 'time-lapse'

/** How long the ring around a new region takes to spread out as its year appears, seconds. */
export const APPEAR_SECONDS = 0.8

/** What the markers' look depends on besides hover and selection (compared shallowly: a change of any one redraws). */
function markerInputsOf(state: AppState): MarkerInputs {
  const emphasis = selectRegionEmphasis(state)
  const year = selectYearView(state)
  return {
    colouring: state.markerColouring,
    priceIndexes: selectPriceIndexes(state),
    dimmed: emphasis.dimmed,
    top: emphasis.top,
    compared: state.compareCodes,
    statuses: selectRegionStatuses(state),
    placement: selectRegionPlacement(state).byCode,
    theme: state.theme,
    shown: year.shown,
    added: year.added,
  }
}

const highlighted = (state: AppState) => [state.selectedCode, state.hoveredCode] as const

/**
 * Every region as one instance of a single mesh: one draw call for all
 * markers, whatever they show (status or price colour, a reported outage,
 * a placeholder location, dimmed, top three, compared, new at the
 * time-lapse's year, or not yet there). The per-instance attributes change
 * only when those inputs do.
 */
export function RegionMarkers({ regions, runtime }: RegionMarkersProps) {
  const invalidate = useThree((state) => state.invalidate)

  const mesh = useMemo(() => buildMarkers(regions), [regions])
  /** Seconds left of the new regions' spreading ring (0: at rest). */
  const appear = useMemo(() => ({ remaining: 0, running: false }), [])

  useEffect(
    () => () => {
      mesh.geometry.dispose()
      mesh.material.dispose()
      mesh.dispose()
    },
    [mesh],
  )

  useLayoutEffect(() => {
    runtime.markersMounted = regions.length > 0
    return () => {
      runtime.markersMounted = false
    }
  }, [runtime, regions])

  useEffect(() => {
    const state = mesh.geometry.getAttribute('aState') as InstancedBufferAttribute
    const apply = ([selectedCode, hoveredCode]: ReturnType<typeof highlighted>): void => {
      const array = state.array as Float32Array
      array.fill(0)
      const selected = runtime.indexOf(selectedCode)
      const hovered = runtime.indexOf(hoveredCode)
      if (selected >= 0) array[selected] = (array[selected] as number) + markerState.selected
      if (hovered >= 0) array[hovered] = (array[hovered] as number) + markerState.hovered
      state.needsUpdate = true
      invalidate()
    }
    return watch(highlighted, apply, { equality: shallow })
  }, [mesh, runtime, invalidate])

  useEffect(() => {
    const geometry = mesh.geometry
    const attributes = ['aFill', 'aShape', 'aEmphasis'].map((name) => geometry.getAttribute(name) as InstancedBufferAttribute)
    const buffers = {
      fill: attributes[0]?.array as Float32Array,
      shape: attributes[1]?.array as Float32Array,
      emphasis: attributes[2]?.array as Float32Array,
    }
    const apply = (next: MarkerInputs, previous: MarkerInputs): void => {
      writeMarkerBuffers(regions, next, buffers)
      for (const attribute of attributes) if (attribute) attribute.needsUpdate = true
      if (next.theme !== previous.theme || next === previous) applyMarkerColours(mesh.material, next.theme)
      // The first call (next is previous) writes the rank notes too.
      if (next === previous || next.top !== previous.top || next.theme !== previous.theme) {
        runtime.layerLabels.setNotes(RANK_NOTES, topRankNotes(next.top, next.theme))
      }
      if (next === previous || next.shown !== previous.shown || next.added !== previous.added) {
        runtime.setShown(next.shown ?? null)
        runtime.layerLabels.setNotes(FRESH_NOTES, freshNotes(next.added ?? new Set()))
        // A new year: the new regions' ring spreads out once, unless motion is to be reduced.
        const animate = next !== previous && (next.added?.size ?? 0) > 0 && !useAppStore.getState().reducedMotion
        appear.remaining = animate ? APPEAR_SECONDS : 0
        appear.running = false
        const uAppear = mesh.material.uniforms.uAppear
        if (uAppear) uAppear.value = animate ? 0 : 1
      }
      invalidate()
    }
    const unsubscribe = watch(markerInputsOf, apply, { equality: shallow })
    return () => {
      unsubscribe()
      runtime.layerLabels.setNotes(RANK_NOTES, new Map())
      runtime.layerLabels.setNotes(FRESH_NOTES, new Map())
      runtime.setShown(null)
    }
  }, [mesh, regions, runtime, invalidate, appear])

  useFrame(({ camera, size, invalidate: next }, delta) => {
    if (!(camera instanceof PerspectiveCamera) || size.height === 0) return
    const uniform = mesh.material.uniforms.uWorldPerPx
    if (uniform) uniform.value = (2 * Math.tan((camera.fov * Math.PI) / 360)) / size.height
    if (appear.remaining <= 0) return
    // The first frame after a pause carries the whole pause as its delta: it takes no step. The
    // ring spreads in its seconds of wall time however slowly frames come, so a slow machine is
    // not kept drawing for longer (it sees fewer steps of it).
    appear.remaining = Math.max(0, appear.remaining - (appear.running ? delta : 0))
    appear.running = true
    const uAppear = mesh.material.uniforms.uAppear
    if (uAppear) uAppear.value = 1 - appear.remaining / APPEAR_SECONDS
    next()
  })

  return <primitive object={mesh} />
}

function buildMarkers(regions: readonly Region[]) {
  const geometry = new PlaneGeometry(2, 2)
  const buffers = createMarkerBuffers(regions.length)
  // Written now too, so the very first frame shows the right colours.
  writeMarkerBuffers(regions, markerInputsOf(useAppStore.getState()), buffers)
  geometry.setAttribute('aFill', new InstancedBufferAttribute(buffers.fill, 3))
  geometry.setAttribute('aShape', new InstancedBufferAttribute(buffers.shape, 1))
  geometry.setAttribute('aEmphasis', new InstancedBufferAttribute(buffers.emphasis, 1))
  geometry.setAttribute('aState', new InstancedBufferAttribute(new Float32Array(regions.length), 1))

  const mesh = new InstancedMesh(geometry, createMarkerMaterial(), regions.length)
  // Only the position: the shader turns each quad towards the viewer.
  const matrix = new Matrix4()
  const position: Vec3 = [0, 0, 0]
  regions.forEach((region, i) => {
    toVector(region.lat, region.lon, radii.markers, position)
    mesh.setMatrixAt(i, matrix.makeTranslation(position[0], position[1], position[2]))
  })
  mesh.instanceMatrix.needsUpdate = true
  // The instances span the globe and the shader sizes them in screen space: bounds would be wrong.
  mesh.frustumCulled = false
  mesh.renderOrder = 10
  mesh.name = 'region-markers'
  return mesh
}
