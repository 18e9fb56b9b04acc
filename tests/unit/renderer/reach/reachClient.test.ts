import { describe, expect, it } from 'vitest'
import type { ReachInit, ReachRequest } from '../../../../src/renderer/reach/protocol'
import { createReachClient, reachRegions } from '../../../../src/renderer/reach/reachClient'
import { cellCount, reachGrid } from '../../../../src/shared/reach/grid'
import { ANNOUNCED } from '../../../../src/shared/timeline/steps'
import { asOfYear, dataset, latencyModel } from '../../fixtures/reach'
import { FakeReachWorker } from './fakeReachWorker'

const init: ReachInit = {
  regions: reachRegions(dataset.regions),
  latency: dataset.latency,
  params: latencyModel.params,
  asOfYear,
  gridStepDeg: 20,
}

function client() {
  const workers: FakeReachWorker[] = []
  const reach = createReachClient({
    init,
    createWorker: () => {
      const worker = new FakeReachWorker()
      workers.push(worker)
      return worker
    },
  })
  return { reach, workers, worker: () => workers[0] as FakeReachWorker }
}

const describeRequest = (r: ReachRequest) => (r.type === 'surface' ? `surface ${r.step}` : r.type)

describe('the reach client', () => {
  it('starts no worker until something is asked', () => {
    const { workers } = client()
    expect(workers).toHaveLength(0)
  })

  it('sends init, then the request, and resolves with the surface of that step', async () => {
    const { reach, worker } = client()
    const surface = await reach.surface(2014)
    expect(worker().requests.map(describeRequest)).toEqual(['init', 'surface 2014'])
    expect(worker().requests[0]).toEqual({ type: 'init', init })
    expect(surface.rttTenthsMs).toHaveLength(cellCount(reachGrid(20)))
    expect(surface.regionCodes).toContain('eu-central-1')
    expect(reach.computeMs(2014)).toBe(5)
  })

  it('caches each step: the same surface again, at once and without asking the worker', async () => {
    const { reach, worker } = client()
    expect(reach.cachedSurface(2010)).toBeUndefined()
    const first = await reach.surface(2010)
    expect(reach.cachedSurface(2010)).toBe(first)
    expect(await reach.surface(2010)).toBe(first)
    expect(worker().requests.filter((r) => r.type === 'surface')).toHaveLength(1)
  })

  it('shares one request between callers asking for the same step at once', async () => {
    const { reach, worker } = client()
    const [a, b] = await Promise.all([reach.surface(ANNOUNCED), reach.surface(ANNOUNCED)])
    expect(a).toBe(b)
    expect(worker().requests.map(describeRequest)).toEqual(['init', 'surface announced'])
  })

  it('keeps one request in flight at a time', async () => {
    const { reach, worker } = client()
    const pending = [reach.surface(2006), reach.surface(2007), reach.surface(2008)]
    expect(worker().requests.map(describeRequest)).toEqual(['init', 'surface 2006'])
    await pending[0]
    expect(worker().requests.map(describeRequest)).toEqual(['init', 'surface 2006', 'surface 2007'])
    await Promise.all(pending)
  })

  it('puts what is asked for ahead of a background prefetch', async () => {
    const { reach, worker } = client()
    reach.prefetch([2006, 2007, 2008, 2009])
    const wanted = reach.surface(2020)
    const promoted = reach.surface(2009)
    await Promise.all([wanted, promoted])
    expect(worker().requests.map(describeRequest).slice(1, 4)).toEqual(['surface 2006', 'surface 2020', 'surface 2009'])
    await reach.surface(2008)
    expect(worker().requests.map(describeRequest).slice(4)).toEqual(['surface 2007', 'surface 2008'])
  })

  it('prefetches every step it is given, once', async () => {
    const { reach, worker } = client()
    await reach.surface(2006)
    reach.prefetch([2006, 2007, 2007, 2008])
    await reach.surface(2008)
    expect(worker().requests.map(describeRequest)).toEqual(['init', 'surface 2006', 'surface 2007', 'surface 2008'])
    expect(reach.cachedSurface(2007)).toBeDefined()
  })

  it('gives population shares for every step with what they count, cached per list of thresholds', async () => {
    const { reach, worker } = client()
    const first = await reach.population([50, 100])
    expect(first.rows.map((r) => r.step)).toEqual([...Array.from({ length: asOfYear - 2005 }, (_, i) => 2006 + i), ANNOUNCED])
    expect(first.basis).toMatch(/^city dwellers/)
    expect(await reach.population([50, 100])).toBe(first)
    expect(worker().requests.filter((r) => r.type === 'population')).toHaveLength(1)
    expect(worker().loads).toBe(1)
  })

  it('rejects a step the worker refuses, and keeps serving others', async () => {
    const { reach } = client()
    await expect(reach.surface(1990)).rejects.toThrow(/1990 is not a step of the time-lapse/)
    await expect(reach.surface(2012)).resolves.toMatchObject({ regionCodes: expect.arrayContaining(['ap-southeast-2']) })
  })

  it('rejects everything pending, and everything after, when the worker fails', async () => {
    const { reach, worker } = client()
    const pending = [reach.surface(2006), reach.surface(2007)]
    worker().crash('out of memory')
    for (const p of pending) await expect(p).rejects.toThrow(/reach worker failed: out of memory/)
    await expect(reach.surface(2008)).rejects.toThrow(/out of memory/)
    await expect(reach.population([50])).rejects.toThrow(/out of memory/)
  })

  it('stops the worker on dispose and rejects what was pending', async () => {
    const { reach, worker } = client()
    const pending = reach.surface(2015)
    reach.dispose()
    expect(worker().terminated).toBe(true)
    await expect(pending).rejects.toThrow(/disposed/)
    await expect(reach.surface(2015)).rejects.toThrow(/disposed/)
  })
})

describe('the regions sent to the worker', () => {
  it('carry only where each region is and when it appears', () => {
    const [first] = reachRegions(dataset.regions)
    expect(Object.keys(first ?? {}).sort()).toEqual(['code', 'lat', 'launchYear', 'lon', 'status'])
  })
})
