import { describe, expect, it } from 'vitest'
import { rttBandIndex } from '../../../../src/shared/latency/bands'
import { cellCount, cellLat, cellLon, reachGrid } from '../../../../src/shared/reach/grid'
import { NO_REGION, NO_RTT, computeReachSurface, toTenthsMs } from '../../../../src/shared/reach/surface'
import { regionsShownAt } from '../../../../src/shared/timeline/shown'
import { ANNOUNCED } from '../../../../src/shared/timeline/steps'
import { asOfYear, dataset, reachModel, referenceNearest } from '../../fixtures/reach'

const model = reachModel()
const codesAt = (step: number | typeof ANNOUNCED) => regionsShownAt(dataset.regions, step, asOfYear).map((r) => r.code)

describe('the reach surface', () => {
  // A 4° grid: 90 × 45 cells, each checked against every region of the step.
  const grid = reachGrid(4)

  it.each([2006, 2011, 2016, 2026, ANNOUNCED] as const)('agrees cell by cell with the brute-force reference in %s', (step) => {
    const codes = codesAt(step)
    const surface = computeReachSurface(model, codes, grid)
    const different: string[] = []
    for (let row = 0, cell = 0; row < grid.height; row += 1) {
      for (let col = 0; col < grid.width; col += 1, cell += 1) {
        const best = referenceNearest({ lat: cellLat(grid, row), lon: cellLon(grid, col) }, codes)
        if (!best) throw new Error('a step without regions')
        const got = {
          ms: surface.rttTenthsMs[cell],
          band: surface.bands[cell],
          nearest: codes[surface.nearest[cell] as number],
        }
        const want = { ms: toTenthsMs(best.rttMs), band: rttBandIndex(best.rttMs), nearest: best.code }
        if (got.ms !== want.ms || got.band !== want.band || got.nearest !== want.nearest) {
          different.push(`cell ${row},${col}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`)
        }
      }
    }
    expect(different).toEqual([])
    expect(surface.regionCodes).toEqual(codes)
  })

  it('is laid out north row first, from 180°W', () => {
    const fine = reachGrid(1)
    const surface = computeReachSurface(model, codesAt(asOfYear), fine)
    const nearestAt = (lat: number, lon: number) => {
      const cell = Math.floor((90 - lat) / fine.stepDeg) * fine.width + Math.floor((lon + 180) / fine.stepDeg)
      return { code: surface.regionCodes[surface.nearest[cell] as number], band: surface.bands[cell] }
    }
    expect(nearestAt(50.1, 8.7)).toEqual({ code: 'eu-central-1', band: 0 })
    expect(nearestAt(-33.9, 151.2)).toEqual({ code: 'ap-southeast-2', band: 0 })
    expect(nearestAt(-23.5, -46.6)).toEqual({ code: 'sa-east-1', band: 0 })
    expect(nearestAt(21.3, -157.9).band).toBeGreaterThan(0) // Honolulu is far from every region
  })

  it('holds one value per cell in compact typed arrays', () => {
    const surface = computeReachSurface(model, ['us-east-1'], grid)
    expect(surface.rttTenthsMs).toBeInstanceOf(Uint16Array)
    expect(surface.bands).toBeInstanceOf(Uint8Array)
    expect(surface.nearest).toBeInstanceOf(Uint8Array)
    for (const array of [surface.rttTenthsMs, surface.bands, surface.nearest]) expect(array).toHaveLength(cellCount(grid))
    expect(new Set(surface.nearest)).toEqual(new Set([0]))
  })

  it('never gets slower anywhere when a region is added', () => {
    const steps = [2006, 2010, 2014, 2020, asOfYear, ANNOUNCED] as const
    const surfaces = steps.map((step) => computeReachSurface(model, codesAt(step), grid))
    for (let i = 1; i < surfaces.length; i += 1) {
      const before = surfaces[i - 1]?.rttTenthsMs as Uint16Array
      const after = surfaces[i]?.rttTenthsMs as Uint16Array
      expect(after.every((ms, cell) => ms <= (before[cell] as number))).toBe(true)
    }
  })

  it('marks every cell as reaching nothing when there is no region', () => {
    const surface = computeReachSurface(model, [], grid)
    expect(surface.rttTenthsMs.every((v) => v === NO_RTT)).toBe(true)
    expect(surface.bands.every((v) => v === NO_REGION)).toBe(true)
    expect(surface.nearest.every((v) => v === NO_REGION)).toBe(true)
  })

  it('refuses a region the model does not know', () => {
    expect(() => computeReachSurface(model, ['xx-nowhere-1'], grid)).toThrow(/unknown region "xx-nowhere-1"/)
  })
})

describe('round trips in tenths of a millisecond', () => {
  it('round to the nearest tenth and keep the sentinel for "none"', () => {
    expect(toTenthsMs(12.34)).toBe(123)
    expect(toTenthsMs(12.35)).toBe(124)
    expect(toTenthsMs(Number.POSITIVE_INFINITY)).toBe(NO_RTT)
    expect(toTenthsMs(1e9)).toBe(NO_RTT - 1)
  })
})
