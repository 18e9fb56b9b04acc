import { describe, expect, it } from 'vitest'
import { greatCircleKm } from '../../../../src/shared/geo/distance'
import { measuredLookup } from '../../../../src/shared/latency/measured'
import { createRouteCorrector } from '../../../../src/shared/latency/routeCorrection'
import { dataset, latencyModel } from '../../fixtures/reach'

const corrector = createRouteCorrector(dataset.regions, measuredLookup(dataset.latency), latencyModel.params)

/** Places spread over the globe, and some a few hundred km from regions, where corrections are strongest. */
function places(): { lat: number; lon: number }[] {
  const out: { lat: number; lon: number }[] = []
  for (let lat = -80; lat <= 80; lat += 10) for (let lon = -175; lon < 180; lon += 15) out.push({ lat, lon })
  for (const r of dataset.regions) out.push({ lat: r.lat + 1.7, lon: r.lon - 2.3 }, { lat: r.lat - 0.4, lon: r.lon + 0.6 })
  return out
}

describe('the lower bounds on a route correction', () => {
  const cases = places().flatMap((place) => {
    const anchorKm = corrector.anchorDistances(place)
    const ceilings = new Float64Array(anchorKm.length)
    corrector.anchorCeilings(anchorKm, ceilings)
    return dataset.regions.map((target) => ({ place, target, anchorKm, ceilings }))
  })

  it('never exceed the correction actually applied, anywhere, to any region', () => {
    let tighter = 0
    const broken: string[] = []
    for (const { place, target, anchorKm, ceilings } of cases) {
      const applied = corrector.correction(target.code, greatCircleKm(place, target), anchorKm).log
      const floor = corrector.correctionFloor(target.code)
      const bound = corrector.correctionBound(target.code, ceilings)
      if (!(floor <= applied + 1e-12 && bound <= applied + 1e-12 && bound >= floor - 1e-12)) {
        broken.push(`${target.code} from ${place.lat},${place.lon}: floor ${floor}, bound ${bound}, applied ${applied}`)
      }
      if (bound > floor + 0.01) tighter += 1
    }
    expect(broken).toEqual([])
    // The point of the per-place bound: most of the time it is well above the floor.
    expect(tighter).toBeGreaterThan(cases.length / 2)
  })

  it('are 0 for a region no measured route informs', () => {
    const unmeasured = dataset.regions.filter((r) => !dataset.latency.regions.includes(r.code))
    expect(unmeasured.length).toBeGreaterThan(0)
    for (const r of unmeasured) {
      expect(corrector.correctionFloor(r.code)).toBe(0)
      expect(corrector.correctionBound(r.code, new Float64Array(corrector.anchors.length).fill(1))).toBe(0)
    }
  })

  it('gives every anchor a weight ceiling of 1 at its own site, falling with distance', () => {
    const km = Float64Array.from(corrector.anchors, (_, i) => i * 500)
    const ceilings = new Float64Array(km.length)
    corrector.anchorCeilings(km, ceilings)
    expect(ceilings[0]).toBe(1)
    for (let i = 1; i < ceilings.length; i += 1) expect(ceilings[i]).toBeLessThan(ceilings[i - 1] as number)
  })
})
