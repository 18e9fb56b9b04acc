import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { CanvasTexture } from 'three'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { paletteFor } from '../theme/palette'
import { radii } from './dimensions'
import { createLandMaterial, landMaskTexture } from './landMaterial'
import type { GlobeRuntime } from './runtime'
import { sphereGeometry } from './sphereGeometry'
import { loadWorldShapes } from './worldData'

/**
 * The Earth: an ocean-coloured sphere first, then (after the first frame)
 * the land painted as a mask into an equirectangular texture, which the
 * surface's shader colours with the theme's ocean and land (landMaterial.ts);
 * a change of theme only changes those two colours. The world shapes are
 * not kept once painted.
 *
 * The sphere (sphereGeometry.ts, laid out as three's SphereGeometry) puts
 * u = 0 on its -x axis; starting the sweep at -90° (phiStart) moves u = 0 to
 * -z, i.e. longitude 180°, so u runs from 180°W to 180°E like the canvas and
 * matches toVector (lon 0 on +z, 90°E on +x).
 */
export function Earth({ runtime }: { runtime: GlobeRuntime }) {
  const gl = useThree((state) => state.gl)
  const invalidate = useThree((state) => state.invalidate)
  const geometry = useMemo(() => sphereGeometry(radii.earth, 160, 80, -Math.PI / 2), [])
  const land = useMemo(() => createLandMaterial(paletteFor(useAppStore.getState().theme)), [])

  useEffect(() => {
    let cancelled = false
    let texture: CanvasTexture | null = null
    const unwatch = watch(
      (state) => state.theme,
      (theme) => {
        land.setColours(paletteFor(theme))
        invalidate()
      },
    )
    // The reach layer's bands, drawn in this surface's pass when that layer shows.
    const unfollow = runtime.surfaceOverlay.follow((overlay) => {
      land.setOverlay(overlay)
      invalidate()
    })
    // Counted as the globe's pending work (runtime.track) until the land is on it.
    void runtime.track(
      runtime
        .afterFirstFrame()
        // The painter (d3-geo's projection and path) comes with the shapes, after the first frame.
        .then(() => Promise.all([loadWorldShapes(), import('./landTexture')]))
        .then(([shapes, { landOutline, LAND_MASK_COLOURS, paintLandCanvas }]) => {
          if (cancelled) return
          texture = landMaskTexture(paintLandCanvas(landOutline(shapes.land), LAND_MASK_COLOURS), gl)
          land.showLand(texture)
          invalidate()
        })
        .catch((error: unknown) => console.error('InfraGlobe: the land could not be drawn', error)),
    )
    return () => {
      cancelled = true
      unwatch()
      unfollow()
      texture?.dispose()
    }
  }, [runtime, gl, land, invalidate])

  useEffect(
    () => () => {
      geometry.dispose()
      land.material.dispose()
    },
    [geometry, land],
  )

  return <mesh geometry={geometry} material={land.material} name="earth" />
}
