import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { CanvasTexture, Color, MeshLambertMaterial, SRGBColorSpace, SphereGeometry } from 'three'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { paletteFor } from '../theme/palette'
import { radii } from './dimensions'
import { landOutline, paintLandCanvas } from './landTexture'
import type { GlobeRuntime } from './runtime'
import { loadWorldShapes } from './worldData'

/**
 * The Earth: an ocean-coloured sphere first, then (after the first frame)
 * the land painted into an equirectangular texture, painted again in the
 * new colours when the theme changes. Only the land's outline (a Path2D,
 * outside the JavaScript heap) is kept for that repaint, not the world shapes.
 *
 * three's sphere puts u = 0 on its -x axis; starting the sweep at -90°
 * (phiStart) moves u = 0 to -z, i.e. longitude 180°, so u runs from 180°W to
 * 180°E like the canvas and matches toVector (lon 0 on +z, 90°E on +x).
 */
export function Earth({ runtime }: { runtime: GlobeRuntime }) {
  const gl = useThree((state) => state.gl)
  const invalidate = useThree((state) => state.invalidate)
  const geometry = useMemo(() => new SphereGeometry(radii.earth, 160, 80, -Math.PI / 2), [])
  const material = useMemo(() => new MeshLambertMaterial({ color: new Color(paletteFor(useAppStore.getState().theme).ocean) }), [])

  useEffect(() => {
    let cancelled = false
    let texture: CanvasTexture | null = null
    let outline: Path2D | null = null
    const paint = (theme: 'dark' | 'light'): void => {
      const colours = paletteFor(theme)
      if (!outline || !texture) {
        material.color.set(colours.ocean)
      } else {
        paintLandCanvas(outline, colours, undefined, texture.image as HTMLCanvasElement)
        texture.needsUpdate = true
      }
      invalidate()
    }
    const unwatch = watch((state) => state.theme, paint)
    runtime
      .afterFirstFrame()
      .then(() => loadWorldShapes())
      .then((shapes) => {
        if (cancelled) return
        outline = landOutline(shapes.land)
        texture = new CanvasTexture(paintLandCanvas(outline, paletteFor(useAppStore.getState().theme)))
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
      unwatch()
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
