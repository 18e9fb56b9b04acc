import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { CanvasTexture, Color, MeshLambertMaterial, SRGBColorSpace, SphereGeometry } from 'three'
import { radii } from './dimensions'
import { paintLandCanvas } from './landTexture'
import { palette } from '../theme/palette'
import type { GlobeRuntime } from './runtime'
import { loadWorldShapes } from './worldData'

/**
 * The Earth: an ocean-coloured sphere first, then (after the first frame)
 * the land painted into an equirectangular texture.
 *
 * three's sphere puts u = 0 on its -x axis; starting the sweep at -90°
 * (phiStart) moves u = 0 to -z, i.e. longitude 180°, so u runs from 180°W to
 * 180°E like the canvas and matches toVector (lon 0 on +z, 90°E on +x).
 */
export function Earth({ runtime }: { runtime: GlobeRuntime }) {
  const gl = useThree((state) => state.gl)
  const invalidate = useThree((state) => state.invalidate)
  const geometry = useMemo(() => new SphereGeometry(radii.earth, 160, 80, -Math.PI / 2), [])
  const material = useMemo(() => new MeshLambertMaterial({ color: new Color(palette.ocean) }), [])

  useEffect(() => {
    let cancelled = false
    let texture: CanvasTexture | null = null
    runtime
      .afterFirstFrame()
      .then(() => loadWorldShapes())
      .then((world) => {
        if (cancelled) return
        texture = new CanvasTexture(paintLandCanvas(world.land))
        texture.colorSpace = SRGBColorSpace
        // Sharper land at the limb; capped because every tap costs fill rate on software renderers.
        texture.anisotropy = Math.min(8, gl.capabilities.getMaxAnisotropy())
        material.map = texture
        material.color.set('#ffffff')
        material.needsUpdate = true
        invalidate()
      })
      .catch((error: unknown) => console.error('InfraGlobe: the land could not be drawn', error))
    return () => {
      cancelled = true
      texture?.dispose()
    }
  }, [runtime, gl, material, invalidate])

  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )

  return <mesh geometry={geometry} material={material} name="earth" />
}
