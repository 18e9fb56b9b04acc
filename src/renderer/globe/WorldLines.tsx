import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import type { Theme } from '../../shared/settings/schema'
import { sphereSegments } from '../../shared/geo'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { paletteFor } from '../theme/palette'
import { radii } from './dimensions'
import { lineWeights } from './lineWeights'
import { createScreenLines, disposeScreenLines, restyleScreenLines, type ScreenLines } from './screenLines'
import type { GlobeRuntime } from './runtime'
import { loadWorldShapes } from './worldData'

/** Drawn over the reach layer, under the arcs and the atmosphere. */
const RENDER_ORDER = 3

/**
 * Coastlines and country borders as screen-space lines wide enough for a
 * projector (lineWeights), both in one draw call: borders first, so the
 * coastlines lie over them where they meet. Built after the first frame so
 * the markers are never kept waiting; restyled, not rebuilt, when the theme
 * changes.
 */
export function WorldLines({ runtime }: { runtime: GlobeRuntime }) {
  const invalidate = useThree((state) => state.invalidate)
  const [lines, setLines] = useState<ScreenLines | null>(null)

  useEffect(() => {
    let cancelled = false
    let built: ScreenLines | null = null
    const styles = (theme: Theme) => {
      const palette = paletteFor(theme)
      return [
        { color: palette.border, opacity: lineWeights.border.opacity },
        { color: palette.coastline, opacity: lineWeights.coastline.opacity },
      ] as const
    }
    const unwatch = watch(
      (state) => state.theme,
      (theme, previous) => {
        if (!built || theme === previous) return
        const [border, coastline] = styles(theme)
        restyleScreenLines(built, 0, border)
        restyleScreenLines(built, 1, coastline)
        invalidate()
      },
    )
    runtime
      .afterFirstFrame()
      .then(() => loadWorldShapes())
      .then((world) => {
        if (cancelled) return
        const [border, coastline] = styles(useAppStore.getState().theme)
        built = createScreenLines(
          [
            { ...border, positions: sphereSegments(world.borders.coordinates, radii.borders, 0.5), widthPx: lineWeights.border.widthPx },
            {
              ...coastline,
              positions: sphereSegments(world.coastlines.coordinates, radii.borders, 0.5),
              widthPx: lineWeights.coastline.widthPx,
            },
          ],
          'coastlines-and-borders',
        )
        built.renderOrder = RENDER_ORDER
        setLines(built)
        invalidate()
      })
      .catch((error: unknown) => console.error('InfraGlobe: the coastlines could not be drawn', error))
    return () => {
      cancelled = true
      unwatch()
      if (built) disposeScreenLines(built)
    }
  }, [runtime, invalidate])

  return lines ? <primitive object={lines} /> : null
}
