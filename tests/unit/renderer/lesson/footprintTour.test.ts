import { describe, expect, it } from 'vitest'
import { footprintTour } from '../../../../src/renderer/lesson/footprintTour'

const at = (lon: number, status: 'available' | 'announced' = 'available') => ({ lon, status })

describe('footprintTour', () => {
  it('turns east across the footprint, from past the widest empty stretch (the Pacific) to its other side', () => {
    // Oregon, Virginia, São Paulo, Frankfurt, Mumbai, Singapore, Hong Kong, Tokyo, Sydney, Auckland.
    const regions = [-120, -77, -46, 8, 73, 104, 114, 140, 151, 174].map((lon) => at(lon))
    const tour = footprintTour(regions, { lat: 20, lon: 0, distance: 3.2 })
    // The widest gap runs from Auckland (174) to Oregon (-120 = 240): the footprint starts at Oregon.
    expect(tour?.start).toEqual({ lat: 20, lon: -70, distance: 3.2 })
    // From Oregon to Auckland: 294°, less the two insets.
    expect(tour?.degrees).toBeCloseTo(294 - 100, 6)
  })

  it('leaves announced regions out, and needs no tour for a footprint that fits one view', () => {
    expect(footprintTour([at(0), at(20), at(40), at(170, 'announced')], { lat: 0, lon: 0, distance: 3 })).toBeNull()
  })

  it('handles a footprint across the antimeridian', () => {
    const tour = footprintTour([at(100), at(150), at(-170), at(-120), at(-60)], { lat: 0, lon: 0, distance: 3 })
    // The widest gap is -60 → 100 (160°): the footprint runs from 100 east to -60 (200°).
    expect(tour?.start.lon).toBe(150)
    expect(tour?.degrees).toBe(100)
  })
})
