import { describe, expect, it } from 'vitest'
import { greatCircleKm } from '../../../../src/shared/geo/distance'
import { createReachModel } from '../../../../src/shared/reach/model'
import { dataset, latencyModel, reachModel, referenceEstimates } from '../../fixtures/reach'

const model = reachModel()
const distancesFrom = (place: { lat: number; lon: number }) => Float64Array.from(model.regions, (r) => greatCircleKm(place, r))

/** A spread of places, and places a few hundred km from each region. */
const places = [
  ...Array.from({ length: 60 }, (_, i) => ({ lat: -75 + ((i * 37) % 150), lon: -180 + ((i * 73) % 360) })),
  ...dataset.regions.map((r) => ({ lat: r.lat + 2.1, lon: r.lon - 1.3 })),
]

describe('the reach model', () => {
  it('estimates what the latency ranking estimates from a place, to the last bit', () => {
    const scratch = model.scratch()
    for (const place of places) {
      const km = distancesFrom(place)
      const ranked = referenceEstimates(place)
      expect(model.regions.map((_, i) => model.rttMs(i, km, scratch))).toEqual(model.regions.map((r) => ranked.get(r.code)))
    }
  })

  it('has bounds that never exceed the estimate, the tighter one at least the cheap one', () => {
    const scratch = model.scratch()
    const broken: string[] = []
    for (const place of places) {
      const km = distancesFrom(place)
      model.prepareBounds(km, scratch)
      model.regions.forEach((region, i) => {
        const rtt = model.rttMs(i, km, scratch)
        const cheap = model.lowerBoundMs(i, km[i] as number)
        const tighter = model.tighterBoundMs(i, km, scratch)
        if (!(cheap <= rtt * (1 + 1e-12) && tighter <= rtt * (1 + 1e-12) && tighter >= cheap * (1 - 1e-12))) {
          broken.push(`${region.code} from ${place.lat},${place.lon}: ${cheap} / ${tighter} / ${rtt}`)
        }
      })
    }
    expect(broken).toEqual([])
  })

  it('finds regions by code', () => {
    expect(model.indexOf('eu-central-1')).toBe(dataset.regions.findIndex((r) => r.code === 'eu-central-1'))
    expect(model.indexOf('xx-nowhere-1')).toBe(-1)
  })

  it('refuses two regions with one code', () => {
    const twice = [dataset.regions[0], dataset.regions[0]].map((r) => ({ code: r?.code ?? '', lat: 0, lon: 0 }))
    expect(() => createReachModel(twice, latencyModel.params, dataset.latency)).toThrow(/unique/)
  })
})
