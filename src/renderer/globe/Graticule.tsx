import { geoGraticule10 } from 'd3-geo'
import { useEffect, useMemo } from 'react'
import { sphereSegments } from '../../shared/geo'
import { radii } from './dimensions'
import { createPlainLineSegments, disposeLines } from './lineSegments'
import { palette } from '../theme/palette'

/** Meridians and parallels every 10°, one draw call. */
export function Graticule() {
  const lines = useMemo(
    () => createPlainLineSegments(sphereSegments(geoGraticule10().coordinates, radii.graticule, 2.5), palette.graticule, 'graticule'),
    [],
  )
  useEffect(() => () => disposeLines(lines), [lines])
  return <primitive object={lines} />
}
