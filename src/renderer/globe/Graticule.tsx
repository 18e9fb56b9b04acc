import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { sphereSegments } from '../../shared/geo'
import { graticule10 } from '../../shared/geo/graticule'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { paletteFor } from '../theme/palette'
import { radii } from './dimensions'
import { lineWeights } from './lineWeights'
import { createScreenLines, disposeScreenLines, restyleScreenLines } from './screenLines'

/** Drawn over the reach layer, under the coastlines. */
const RENDER_ORDER = 2

/** Meridians and parallels every 10°, one draw call, in the theme's colour (lineWeights.graticule). */
export function Graticule() {
  const invalidate = useThree((state) => state.invalidate)
  const lines = useMemo(() => {
    const built = createScreenLines(
      [
        {
          positions: sphereSegments(graticule10(), radii.graticule, 2.5),
          color: paletteFor(useAppStore.getState().theme).graticule,
          ...lineWeights.graticule,
        },
      ],
      'graticule',
    )
    built.renderOrder = RENDER_ORDER
    return built
  }, [])
  useEffect(
    () =>
      watch(
        (state) => state.theme,
        (theme) => {
          restyleScreenLines(lines, 0, { color: paletteFor(theme).graticule, opacity: lineWeights.graticule.opacity })
          invalidate()
        },
      ),
    [lines, invalidate],
  )
  useEffect(() => () => disposeScreenLines(lines), [lines])
  return <primitive object={lines} />
}
