import { describe, expect, it } from 'vitest'
import { greatCircleKm } from '../../../../src/shared/geo/distance'
import { createNearestFinder, type NearestResult } from '../../../../src/shared/reach/nearest'
import { reachModel } from '../../fixtures/reach'

const model = reachModel()
const all = model.regions.map((_, i) => i)

/** Estimate every target, keep the lowest; the first wins a tie. */
function exhaustive(km: Float64Array, targets: readonly number[]): NearestResult {
  const scratch = model.scratch()
  let best: NearestResult = { rttMs: Number.POSITIVE_INFINITY, target: -1 }
  targets.forEach((id, k) => {
    const rtt = model.rttMs(id, km, scratch)
    if (rtt < best.rttMs) best = { rttMs: rtt, target: k }
  })
  return best
}

/** A deterministic scatter of places, denser near regions where the nearest is contested. */
function places(count: number): { lat: number; lon: number }[] {
  let seed = 12345
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const near = model.regions.map((r) => ({ lat: r.lat + (random() - 0.5) * 16, lon: r.lon + (random() - 0.5) * 16 }))
  const spread = Array.from({ length: count }, () => ({ lat: Math.asin(2 * random() - 1) * (180 / Math.PI), lon: -180 + 360 * random() }))
  return [...near, ...spread]
}

describe('the nearest-region search', () => {
  it('finds exactly what estimating every region finds, for any set of regions', () => {
    const sets = [all, all.filter((i) => i % 2 === 0), all.filter((i) => i % 5 === 1), [0], [...all].reverse()]
    for (const targets of sets) {
      const find = createNearestFinder(model, targets)
      const found: NearestResult = { rttMs: 0, target: -1 }
      for (const place of places(300)) {
        const km = Float64Array.from(model.regions, (r) => greatCircleKm(place, r))
        find(km, found)
        expect(found).toEqual(exhaustive(km, targets))
      }
    }
  })

  it('gives a tie to the target listed first', () => {
    const id = model.indexOf('eu-west-1')
    const find = createNearestFinder(model, [id, id])
    const found: NearestResult = { rttMs: 0, target: -1 }
    find(Float64Array.from(model.regions, (r) => greatCircleKm({ lat: 48, lon: 2 }, r)), found)
    expect(found.target).toBe(0)
  })

  it('finds nothing among no regions', () => {
    const found: NearestResult = { rttMs: 0, target: 7 }
    createNearestFinder(model, [])(new Float64Array(model.regions.length), found)
    expect(found).toEqual({ rttMs: Number.POSITIVE_INFINITY, target: -1 })
  })

  it('only reports a region below the ceiling it is given', () => {
    const find = createNearestFinder(model, all)
    const km = Float64Array.from(model.regions, (r) => greatCircleKm({ lat: 50, lon: 8 }, r))
    const free: NearestResult = { rttMs: 0, target: -1 }
    find(km, free)
    const capped: NearestResult = { rttMs: 0, target: -1 }
    find(km, capped, free.rttMs)
    expect(capped).toEqual({ rttMs: free.rttMs, target: -1 })
    find(km, capped, free.rttMs + 1)
    expect(capped).toEqual(free)
  })
})
