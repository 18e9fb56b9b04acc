import { describe, expect, it } from 'vitest'
import { centralRttMs, estimateAtDistance, fibreBoundMs, type LatencyParams, type RttPath } from '../../../../src/shared/latency'
import { loadCliInputs } from '../../../../scripts/latency/cli'

const committed = loadCliInputs().model.params
/** A user band so narrow and an access path so small that only the rules keep the band open and above the bound. */
const EXTREME: LatencyParams = { ...committed, internet: { pathPremium: 1, accessMs: 0.5, band: { low: 0.9999, high: 1.0001 } } }
const distances = [0, 1, 10, 100, 640, 3000, 8000, 16500, 20015]
/** Route corrections from a tenth of the distance estimate to three times it, at every strength. */
const corrections = [Math.log(0.1), Math.log(0.5), 0, Math.log(3)]
const strengths = [0, 0.5, 1]
const paths: RttPath[] = ['internet', 'backbone']

describe.each([
  ['the committed parameters', committed],
  ['a tiny access path and a near-zero band', EXTREME],
])('bands with %s', (_name, params) => {
  it.each(paths)('never reach below the fibre bound on the %s path, however a correction pulls', (path) => {
    for (const d of distances) {
      for (const log of corrections) {
        for (const s of strengths) {
          const e = estimateAtDistance(d, params, path, log, s)
          expect(e.lowMs, `${d} km`).toBeGreaterThanOrEqual(fibreBoundMs(d))
          expect(e.rttMs).toBeGreaterThanOrEqual(e.lowMs)
          expect(e.highMs).toBeGreaterThanOrEqual(e.rttMs)
        }
      }
    }
  })

  it('are never zero wide for a user, even where the route sits on the fibre bound', () => {
    for (const d of distances) {
      for (const log of corrections) {
        for (const s of strengths) {
          const e = estimateAtDistance(d, params, 'internet', log, s)
          expect(e.lowMs, `${d} km`).toBeLessThan(e.rttMs)
          expect(e.highMs, `${d} km`).toBeGreaterThan(e.rttMs)
        }
      }
    }
  })
})

describe('a user’s figure', () => {
  it('is the internet route plus the access path, the route held at the fibre bound', () => {
    const d = 8000
    expect(estimateAtDistance(d, committed, 'internet').rttMs).toBeCloseTo(
      centralRttMs(d, committed, 'internet') + committed.internet.accessMs,
      9,
    )
    const pulled = estimateAtDistance(d, committed, 'internet', Math.log(0.1), 1)
    expect(pulled.rttMs).toBeCloseTo(fibreBoundMs(d) + committed.internet.accessMs, 9)
  })

  it('is never below the round trip between hosts over the same route', () => {
    for (const d of distances) {
      for (const log of corrections) {
        const user = estimateAtDistance(d, committed, 'internet', log, 1)
        const hosts = estimateAtDistance(d, committed, 'backbone', log, 1)
        expect(user.rttMs).toBeGreaterThan(hosts.rttMs)
      }
    }
  })
})
