import { useThree } from '@react-three/fiber'
import { geoGraticule10 } from 'd3-geo'
import { useEffect, useMemo } from 'react'
import { sphereSegments } from '../../shared/geo'
import { useAppStore } from '../state/store'
import { watch } from '../state/watch'
import { paletteFor } from '../theme/palette'
import { radii } from './dimensions'
import { createPlainLineSegments, disposeLines } from './lineSegments'

/** Meridians and parallels every 10°, one draw call, in the theme's colour. */
export function Graticule() {
  const invalidate = useThree((state) => state.invalidate)
  const lines = useMemo(
    () =>
      createPlainLineSegments(
        sphereSegments(geoGraticule10().coordinates, radii.graticule, 2.5),
        paletteFor(useAppStore.getState().theme).graticule,
        'graticule',
      ),
    [],
  )
  useEffect(
    () =>
      watch(
        (state) => state.theme,
        (theme) => {
          lines.material.color.set(paletteFor(theme).graticule)
          invalidate()
        },
      ),
    [lines, invalidate],
  )
  useEffect(() => () => disposeLines(lines), [lines])
  return <primitive object={lines} />
}
