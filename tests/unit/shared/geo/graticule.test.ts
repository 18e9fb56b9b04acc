import { geoGraticule10 } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { graticule10 } from '../../../../src/shared/geo/graticule'

describe('graticule10', () => {
  it("gives exactly d3-geo's geoGraticule10 lines, point for point, in its order", () => {
    const ours = graticule10()
    expect(ours).toEqual(geoGraticule10().coordinates)
    // 4 major meridians, 32 minor ones, 17 parallels (no major parallel: d3's is every 360°).
    expect(ours).toHaveLength(4 + 32 + 17)
  })
})
