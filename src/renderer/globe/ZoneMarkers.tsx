import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo } from 'react'
import { selectPlaceMarks, type PlaceMark } from '../state/selectors'
import { useAppStore, type AppState } from '../state/store'
import { shallow, watch } from '../state/watch'
import { updateArcUniforms } from './arcFrame'
import type { GlobeRuntime } from './runtime'
import { usePlaceMarks } from './usePlaceMarks'
import { createZoneTethers, writeZoneTethers } from './zoneTethers'

const switches = (state: AppState) => [state.layers.localZones, state.layers.wavelengthZones] as const
const shows = (mark: PlaceMark, [local, wavelength]: readonly boolean[]) =>
  mark.kind === 'local-zone' ? local === true : mark.kind === 'wavelength-zone' && wavelength === true

/** A region's tethers light up while it is hovered or selected. */
const highlighted = (state: AppState) => [state.hoveredCode, state.selectedCode] as const

/** Dash period of an unconfirmed zone's tether, CSS px. */
const DASH_PX = 6

/**
 * Local Zones (squares) and Wavelength Zones (plus signs) in one instanced
 * draw call, each kind with its switch, and a thin line from each to its
 * parent region (all lines one more draw call; dashed for an unconfirmed
 * zone). Zones known by country only are not drawn.
 */
export function ZoneMarkers({ runtime }: { runtime: GlobeRuntime }) {
  const invalidate = useThree((state) => state.invalidate)
  const local = useAppStore((state) => selectPlaceMarks(state).localZones)
  const wavelength = useAppStore((state) => selectPlaceMarks(state).wavelengthZones)
  const marks = useMemo(() => [...local, ...wavelength], [local, wavelength])
  const tethers = useMemo(() => createZoneTethers(marks.length), [marks])

  useEffect(
    () => () => {
      tethers.buffers.geometry.dispose()
      tethers.mesh.material.dispose()
    },
    [tethers],
  )

  const onShown = useCallback(
    (shown: readonly PlaceMark[]) => {
      writeZoneTethers(tethers, shown, (code) => {
        const index = runtime.indexOf(code)
        const region = runtime.regions[index]
        return region ? { index, lat: region.lat, lon: region.lon } : null
      })
    },
    [tethers, runtime],
  )

  const layer = usePlaceMarks({ runtime, marks, name: 'zones', renderOrder: 9, switches, shows, onShown })

  useEffect(() => {
    const uniforms = tethers.mesh.material.uniforms
    return watch(
      highlighted,
      ([hoveredCode, selectedCode]) => {
        if (uniforms.uHovered) uniforms.uHovered.value = runtime.indexOf(hoveredCode)
        if (uniforms.uSelected) uniforms.uSelected.value = runtime.indexOf(selectedCode)
        invalidate()
      },
      { equality: shallow },
    )
  }, [tethers, runtime, invalidate])

  useFrame(({ camera, size }) => {
    if (tethers.mesh.visible) updateArcUniforms(tethers.mesh.material, camera, size.width, size.height, DASH_PX)
  })

  return (
    <>
      <primitive object={tethers.mesh} />
      <primitive object={layer.mesh} />
    </>
  )
}
