import { describe, expect, it } from 'vitest'
import {
  nearestRttOverSets,
  populationShare,
  type PopulationPlace,
} from '../../../../src/shared/reach/population'
import { atRegionSite, dataset, reachModel, referenceNearest, samplePlaces } from '../../fixtures/reach'

const model = reachModel()
const codes = dataset.regions.map((r) => r.code)
/** A real sample: every 40th city of the list (about 600), largest first. */
const sample = samplePlaces(40)

/** A deterministic shuffle, so the order regions are added in varies between runs of the loop, not of the test. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2 ** 31
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

describe('population reach', () => {
  it('takes each place’s round trip to its nearest region from the brute-force reference', () => {
    // The reference (the app's ranking) reports measured figures from a city on a region's site; reach does not.
    const places = sample.filter((place) => !atRegionSite(place))
    expect(places.length).toBeGreaterThan(sample.length - 5)
    const subsets = [codes, codes.filter((_, i) => i % 3 === 0), ['us-east-1', 'eu-west-1']]
    const rtts = nearestRttOverSets(model, places, subsets)
    subsets.forEach((subset, s) => {
      const expected = places.map((place) => referenceNearest(place, subset)?.rttMs)
      expect([...(rtts[s] as Float64Array)]).toEqual(expected)
    })
  })

  it('never loses share when a region is added, in whatever order regions come', () => {
    for (const seed of [1, 2, 3]) {
      const order = shuffled(codes, seed)
      const sets = order.map((_, i) => order.slice(0, i + 1))
      const rtts = nearestRttOverSets(model, sample, sets)
      for (const within of [25, 50, 100]) {
        const shares = rtts.map((rtt) => populationShare(sample, rtt, within))
        for (let i = 1; i < shares.length; i += 1) {
          expect(shares[i]?.share).toBeGreaterThanOrEqual(shares[i - 1]?.share as number)
          for (const [continent, s] of Object.entries(shares[i]?.byContinent ?? {})) {
            expect(s.share).toBeGreaterThanOrEqual(shares[i - 1]?.byContinent[continent as 'EU']?.share as number)
          }
        }
      }
    }
  })

  it('keeps every share between 0 and 1', () => {
    const rtts = nearestRttOverSets(model, sample, [[], ['us-east-1'], codes])
    for (const rtt of rtts) {
      for (const within of [0.001, 10, 50, 100, 1000]) {
        const s = populationShare(sample, rtt, within)
        for (const share of [s.share, ...Object.values(s.byContinent).map((c) => c.share)]) {
          expect(share).toBeGreaterThanOrEqual(0)
          expect(share).toBeLessThanOrEqual(1)
        }
      }
    }
    expect(populationShare(sample, rtts[0] as Float64Array, 1000).share).toBe(0)
  })

  it('estimates only the added regions when a set grows, and starts over when it does not', () => {
    const grown = nearestRttOverSets(model, sample, [['eu-west-1'], ['eu-west-1', 'us-east-1'], ['ap-southeast-2']])
    const direct = nearestRttOverSets(model, sample, [['eu-west-1', 'us-east-1']])
    expect(grown[1]).toEqual(direct[0])
    expect(grown[2]).toEqual(nearestRttOverSets(model, sample, [['ap-southeast-2']])[0])
  })
})

describe('a population share', () => {
  const place = (population: number, continent: PopulationPlace['continent']): PopulationPlace => ({
    lat: 0,
    lon: 0,
    population,
    continent,
  })
  const places = [place(100, 'EU'), place(300, 'EU'), place(600, 'AS'), place(50, null)]
  const rtt = [10, 60, 40, 5]

  it('counts the people within the threshold, the threshold included', () => {
    expect(populationShare(places, rtt, 40)).toMatchObject({ withinMs: 40, reached: 750, total: 1050 })
    expect(populationShare(places, rtt, 39.99).reached).toBe(150)
  })

  it('gives each continent its own share and counts people of unknown continent only overall', () => {
    const s = populationShare(places, rtt, 50)
    expect(s.byContinent).toEqual({
      AS: { share: 1, reached: 600, total: 600 },
      EU: { share: 0.25, reached: 100, total: 400 },
    })
    expect(s.withoutContinent).toBe(50)
    expect(s.share).toBeCloseTo(750 / 1050, 12)
  })

  it('is 0, not a division by zero, for no people', () => {
    expect(populationShare([], [], 50)).toMatchObject({ share: 0, reached: 0, total: 0, byContinent: {} })
  })
})
