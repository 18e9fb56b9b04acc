import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import type { BufferGeometry, LineBasicMaterial, LineSegments } from 'three'
import { sphereSegments } from '../../shared/geo'
import { radii } from './dimensions'
import { createLineSegments, disposeLines } from './lineSegments'
import { palette } from '../theme/palette'
import type { GlobeRuntime } from './runtime'
import { loadWorldShapes } from './worldData'

/**
 * Coastlines and country borders as vector lines, merged into one draw call.
 * Built after the first frame so the markers are never kept waiting.
 */
export function WorldLines({ runtime }: { runtime: GlobeRuntime }) {
  const invalidate = useThree((state) => state.invalidate)
  const [lines, setLines] = useState<LineSegments<BufferGeometry, LineBasicMaterial> | null>(null)

  useEffect(() => {
    let cancelled = false
    let built: LineSegments<BufferGeometry, LineBasicMaterial> | null = null
    runtime
      .afterFirstFrame()
      .then(() => loadWorldShapes())
      .then((world) => {
        if (cancelled) return
        built = createLineSegments(
          [
            { positions: sphereSegments(world.borders.coordinates, radii.borders, 0.5), color: palette.border },
            { positions: sphereSegments(world.coastlines.coordinates, radii.borders, 0.5), color: palette.coastline },
          ],
          'coastlines-and-borders',
        )
        setLines(built)
        invalidate()
      })
      .catch((error: unknown) => console.error('InfraGlobe: the coastlines could not be drawn', error))
    return () => {
      cancelled = true
      if (built) disposeLines(built)
    }
  }, [runtime, invalidate])

  return lines ? <primitive object={lines} /> : null
}
