import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import type { BufferGeometry, LineBasicMaterial, LineSegments } from 'three'
import type { Theme } from '../../shared/settings/schema'
import { sphereSegments } from '../../shared/geo'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { paletteFor } from '../theme/palette'
import { radii } from './dimensions'
import { createLineSegments, disposeLines, recolourLineSegments } from './lineSegments'
import type { GlobeRuntime } from './runtime'
import { loadWorldShapes } from './worldData'

/**
 * Coastlines and country borders as vector lines, merged into one draw call.
 * Built after the first frame so the markers are never kept waiting;
 * recoloured, not rebuilt, when the theme changes.
 */
export function WorldLines({ runtime }: { runtime: GlobeRuntime }) {
  const invalidate = useThree((state) => state.invalidate)
  const [lines, setLines] = useState<LineSegments<BufferGeometry, LineBasicMaterial> | null>(null)

  useEffect(() => {
    let cancelled = false
    let built: LineSegments<BufferGeometry, LineBasicMaterial> | null = null
    let lengths: [number, number] = [0, 0]
    const colours = (theme: Theme) => {
      const palette = paletteFor(theme)
      return [
        { length: lengths[0], color: palette.border },
        { length: lengths[1], color: palette.coastline },
      ] as const
    }
    const unwatch = watch(
      (state) => state.theme,
      (theme, previous) => {
        if (!built || theme === previous) return
        recolourLineSegments(built, colours(theme))
        invalidate()
      },
    )
    runtime
      .afterFirstFrame()
      .then(() => loadWorldShapes())
      .then((world) => {
        if (cancelled) return
        const borders = sphereSegments(world.borders.coordinates, radii.borders, 0.5)
        const coastlines = sphereSegments(world.coastlines.coordinates, radii.borders, 0.5)
        lengths = [borders.length, coastlines.length]
        const [border, coastline] = colours(useAppStore.getState().theme)
        built = createLineSegments(
          [
            { positions: borders, color: border.color },
            { positions: coastlines, color: coastline.color },
          ],
          'coastlines-and-borders',
        )
        setLines(built)
        invalidate()
      })
      .catch((error: unknown) => console.error('InfraGlobe: the coastlines could not be drawn', error))
    return () => {
      cancelled = true
      unwatch()
      if (built) disposeLines(built)
    }
  }, [runtime, invalidate])

  return lines ? <primitive object={lines} /> : null
}
