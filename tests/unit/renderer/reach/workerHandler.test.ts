import { describe, expect, it } from 'vitest'
import type { ReachInit, ReachReply } from '../../../../src/renderer/reach/protocol'
import { reachRegions } from '../../../../src/renderer/reach/reachClient'
import { createReachWorkerHandler } from '../../../../src/renderer/reach/workerHandler'
import { reachGrid } from '../../../../src/shared/reach/grid'
import { computeReachSurface } from '../../../../src/shared/reach/surface'
import { regionsShownAt } from '../../../../src/shared/timeline/shown'
import { asOfYear, dataset, latencyModel, reachModel } from '../../fixtures/reach'
import { testPopulation } from './fakeReachWorker'

const init: ReachInit = {
  regions: reachRegions(dataset.regions),
  latency: dataset.latency,
  params: latencyModel.params,
  asOfYear,
  gridStepDeg: 15,
}

function handler(loadPopulation = async () => testPopulation()) {
  const replies: { reply: ReachReply; transfer: Transferable[] }[] = []
  let clock = 0
  const handle = createReachWorkerHandler({
    post: (reply, transfer) => replies.push({ reply, transfer }),
    now: () => (clock += 40),
    loadPopulation,
  })
  return { handle, replies }
}

describe('the reach worker', () => {
  it('answers a surface request with the surface of that step, its arrays transferred', async () => {
    const { handle, replies } = handler()
    await handle({ type: 'init', init })
    await handle({ type: 'surface', id: 7, step: 2011 })
    const [{ reply, transfer }] = replies as [{ reply: ReachReply; transfer: Transferable[] }]
    if (reply.type !== 'surface') throw new Error(`got ${reply.type}`)
    const codes = regionsShownAt(dataset.regions, 2011, asOfYear).map((r) => r.code)
    expect(reply).toMatchObject({ id: 7, step: 2011, computeMs: 40 })
    expect(reply.surface).toEqual(computeReachSurface(reachModel(), codes, reachGrid(15)))
    expect(transfer).toEqual([reply.surface.rttTenthsMs.buffer, reply.surface.bands.buffer, reply.surface.nearest.buffer])
  })

  it('answers population shares for every step, loading the city list once', async () => {
    let loads = 0
    const { handle, replies } = handler(async () => {
      loads += 1
      return testPopulation()
    })
    await handle({ type: 'init', init })
    await handle({ type: 'population', id: 1, withinMs: [50, 100] })
    await handle({ type: 'population', id: 2, withinMs: [25] })
    expect(loads).toBe(1)
    const [first, second] = replies.map((r) => r.reply)
    if (first?.type !== 'population' || second?.type !== 'population') throw new Error('expected population replies')
    expect(first.rows).toHaveLength(asOfYear - 2006 + 2)
    expect(first.rows[0]?.shares.map((s) => s.withinMs)).toEqual([50, 100])
    expect(second.rows[0]?.shares.map((s) => s.withinMs)).toEqual([25])
    expect(first.basis).toMatch(/^city dwellers/)
  })

  it('tries the city list again after a failed load', async () => {
    let attempts = 0
    const { handle, replies } = handler(async () => {
      attempts += 1
      if (attempts === 1) throw new Error('cities.json: unreadable')
      return testPopulation()
    })
    await handle({ type: 'init', init })
    await handle({ type: 'population', id: 1, withinMs: [50] })
    await handle({ type: 'population', id: 2, withinMs: [50] })
    expect(replies.map((r) => r.reply.type)).toEqual(['error', 'population'])
    expect(replies[0]?.reply).toEqual({ type: 'error', id: 1, message: 'cities.json: unreadable' })
  })

  it('answers a step outside the time-lapse with an error for that request', async () => {
    const { handle, replies } = handler()
    await handle({ type: 'init', init })
    await handle({ type: 'surface', id: 3, step: 1999 })
    expect(replies.map((r) => r.reply)).toEqual([{ type: 'error', id: 3, message: 'reach: 1999 is not a step of the time-lapse' }])
  })

  it('refuses requests before a successful init, and reports a bad init', async () => {
    const { handle, replies } = handler()
    await handle({ type: 'surface', id: 1, step: 2010 })
    await handle({ type: 'init', init: { ...init, gridStepDeg: 0.7 } })
    await handle({ type: 'surface', id: 2, step: 2010 })
    expect(replies.map((r) => r.reply)).toEqual([
      { type: 'error', id: 1, message: 'reach request 1 came before a successful init' },
      { type: 'error', id: null, message: expect.stringMatching(/grid step/) },
      { type: 'error', id: 2, message: 'reach request 2 came before a successful init' },
    ])
  })
})
