import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Mesh, PerspectiveCamera, PlaneGeometry, type ShaderMaterial } from 'three'
import { toVector, type Vec3 } from '../../shared/geo'
import type { UserLocation } from '../../shared/settings/schema'
import type { Theme } from '../../shared/settings/schema'
import type { AppState } from '../state/store'
import { shallow, watch } from '../state/watch'
import { layerLabelPriority, type LayerLabel } from './layerLabels'
import { radii } from './dimensions'
import { paletteFor } from '../theme/palette'
import { PIN_HEAD_HEIGHT_PX, PIN_HEAD_RADIUS_PX, applyPinColours, createPinMaterial } from './pinMaterial'
import type { GlobeRuntime } from './runtime'

const LABEL_GROUP = 'pin'

const position: Vec3 = [0, 0, 0]

const pinInputs = (state: AppState) => [state.userLocation, state.theme] as const

/** The user's location: a pin (one draw call) and a label with the place's name, when a location is set. */
export function UserPin({ runtime }: { runtime: GlobeRuntime }) {
  const invalidate = useThree((state) => state.invalidate)
  const mesh = useMemo(() => {
    const pin = new Mesh(new PlaneGeometry(2, 2), createPinMaterial())
    // Sized in the shader: bounds would be wrong.
    pin.frustumCulled = false
    pin.renderOrder = 11
    pin.name = 'user-pin'
    pin.visible = false
    return pin
  }, [])

  useEffect(
    () => () => {
      mesh.geometry.dispose()
      ;(mesh.material as ShaderMaterial).dispose()
    },
    [mesh],
  )

  useEffect(() => {
    const apply = ([location, theme]: ReturnType<typeof pinInputs>): void => {
      applyPinColours(mesh.material as ShaderMaterial, theme)
      mesh.visible = location !== null
      if (location) {
        toVector(location.lat, location.lon, radii.markers, position)
        mesh.position.set(position[0], position[1], position[2])
      }
      runtime.layerLabels.set(LABEL_GROUP, location ? [pinLabel(location, position, theme)] : [])
      invalidate()
    }
    const unsubscribe = watch(pinInputs, apply, { equality: shallow })
    return () => {
      unsubscribe()
      runtime.layerLabels.set(LABEL_GROUP, [])
    }
  }, [mesh, runtime, invalidate])

  useFrame(({ camera, size }) => {
    if (!mesh.visible || !(camera instanceof PerspectiveCamera) || size.height === 0) return
    const uniform = (mesh.material as ShaderMaterial).uniforms.uWorldPerPx
    if (uniform) uniform.value = (2 * Math.tan((camera.fov * Math.PI) / 360)) / size.height
  })

  return <primitive object={mesh} />
}

function pinLabel(location: UserLocation, at: Readonly<Vec3>, theme: Theme): LayerLabel {
  return {
    x: at[0],
    y: at[1],
    z: at[2],
    text: location.label,
    priority: layerLabelPriority.pin,
    align: 'beside',
    gapPx: PIN_HEAD_RADIUS_PX + 5,
    raisePx: PIN_HEAD_HEIGHT_PX,
    color: paletteFor(theme).userPinLabel,
    size: 'normal',
  }
}
