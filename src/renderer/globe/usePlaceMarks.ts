import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { PerspectiveCamera } from 'three'
import type { PlaceMark } from '../state/selectors'
import { shallow, watch } from '../state/watch'
import type { AppState } from '../state/store'
import { placeLabel } from '../wording/placeWording'
import { layerLabelPriority, type LayerLabel } from './layerLabels'
import { createPlaceLayer, disposePlaceLayer, placeLooks, writePlaceShown, writePlaceState, type PlaceLayer } from './placeLayer'
import type { GlobeRuntime } from './runtime'
import { palette } from '../theme/palette'

const highlighted = (state: AppState) => [state.hoveredPlace, state.selectedPlace] as const

export interface PlaceMarksOptions {
  runtime: GlobeRuntime
  marks: readonly PlaceMark[]
  /** Names the mesh, the label group and the picking group. */
  name: string
  renderOrder: number
  /** What decides which marks show, compared shallowly (the layer switches). */
  switches: (state: AppState) => readonly boolean[]
  /** Whether a mark shows for those switches. */
  shows: (mark: PlaceMark, switches: readonly boolean[]) => boolean
  /** Called after the marks shown change, with the marks now shown (the zones' tethers follow them). */
  onShown?: (shown: readonly PlaceMark[]) => void
}

/**
 * The common life of a layer of edge or zone marks: one instanced mesh
 * (createPlaceLayer), the marks its switches show (also given to the
 * pointer's picker), the hovered and selected mark lit and labelled with
 * city, country and kind, and the per-frame screen scale. Returns the
 * layer for the component to mount.
 */
export function usePlaceMarks({ runtime, marks, name, renderOrder, switches, shows, onShown }: PlaceMarksOptions): PlaceLayer {
  const invalidate = useThree((state) => state.invalidate)
  const layer = useMemo(() => createPlaceLayer(marks, name, renderOrder), [marks, name, renderOrder])

  useEffect(() => () => disposePlaceLayer(layer), [layer])

  useEffect(() => {
    const labelGroup = `${name}-labels`
    let shownKeys = new Set<string>()
    let lit: ReturnType<typeof highlighted> = [null, null]
    const label = (): void => runtime.layerLabels.set(labelGroup, litLabels(layer, lit, shownKeys))
    const showSwitched = (values: readonly boolean[]): void => {
      const shown = layer.marks.filter((mark) => shows(mark, values))
      shownKeys = new Set(shown.map((mark) => mark.key))
      runtime.places.set(name, writePlaceShown(layer, (mark) => shownKeys.has(mark.key)))
      onShown?.(shown)
      label()
      invalidate()
    }
    const light = (next: ReturnType<typeof highlighted>): void => {
      lit = next
      writePlaceState(layer, next[0], next[1])
      label()
      invalidate()
    }
    const unwatch = [watch(switches, showSwitched, { equality: shallow }), watch(highlighted, light, { equality: shallow })]
    return () => {
      for (const stop of unwatch) stop()
      runtime.places.set(name, [])
      runtime.layerLabels.set(labelGroup, [])
    }
  }, [layer, runtime, name, switches, shows, onShown, invalidate])

  useFrame(({ camera, size }) => {
    if (!layer.mesh.visible || !(camera instanceof PerspectiveCamera) || size.height === 0) return
    const uniform = layer.mesh.material.uniforms.uWorldPerPx
    if (uniform) uniform.value = (2 * Math.tan((camera.fov * Math.PI) / 360)) / size.height
  })

  return layer
}

/** The hovered and the selected mark's labels (city, country, kind), where they are shown. */
function litLabels(layer: PlaceLayer, [hovered, selected]: ReturnType<typeof highlighted>, shown: ReadonlySet<string>): LayerLabel[] {
  const labels: LayerLabel[] = []
  for (const key of new Set([selected, hovered])) {
    if (key === null || !shown.has(key)) continue
    const index = layer.indexByKey.get(key)
    const mark = index === undefined ? undefined : layer.marks[index]
    const place = index === undefined ? undefined : layer.pickable[index]
    if (!mark || !place) continue
    labels.push({
      x: place.at[0],
      y: place.at[1],
      z: place.at[2],
      text: placeLabel(mark),
      // Above every region label but the selected one's: the person is pointing at this mark.
      priority: key === hovered ? layerLabelPriority.place + 1 : layerLabelPriority.place,
      align: 'beside',
      gapPx: placeLooks[mark.kind].radiusPx + 6 + Math.abs(place.offsetX),
      raisePx: 0,
      color: palette.label,
      size: 'normal',
    })
  }
  return labels
}
