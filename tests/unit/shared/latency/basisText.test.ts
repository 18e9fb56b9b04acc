import { describe, expect, it } from 'vitest'
import { basisText, type ExplainedRegion } from '../../../../src/shared/latency'

const figure = (over: Partial<ExplainedRegion>): ExplainedRegion => ({
  code: 'eu-west-2',
  rttMs: 35,
  lowMs: 24,
  highMs: 58,
  basis: 'estimated',
  path: 'internet',
  basedOn: { kind: 'distance' },
  ...over,
})

describe('what a figure says it rests on', () => {
  it.each<[string, Partial<ExplainedRegion>, string]>([
    [
      'a user at a region’s site',
      { basedOn: { kind: 'measured-route', from: 'eu-central-1' } },
      'estimate, based on the measured eu-central-1→eu-west-2 round trip plus the access path',
    ],
    [
      'a user reaching the region they stand in',
      { code: 'eu-central-1', basedOn: { kind: 'measured-route', from: 'eu-central-1' } },
      'estimate, based on the measured round trip inside eu-central-1 plus the access path',
    ],
    [
      'a user near measured regions',
      { basedOn: { kind: 'route-corrected', anchor: 'eu-west-3' } },
      'estimate from distance, following the measured routes of eu-west-3 and other nearby regions, plus the access path',
    ],
    ['a user far from them', {}, 'estimate from distance alone plus the access path'],
    [
      'a measured inter-region figure',
      { basis: 'measured', path: 'backbone', basedOn: { kind: 'measured', from: 'eu-central-1' } },
      'measured eu-central-1→eu-west-2 round trip',
    ],
    ['a region-to-region estimate', { path: 'backbone' }, 'estimate from distance alone'],
  ])('words %s', (_name, over, text) => {
    expect(basisText(figure(over))).toBe(text)
  })

  it('names the access path in every user figure and in no backbone figure', () => {
    const kinds: ExplainedRegion['basedOn'][] = [
      { kind: 'measured-route', from: 'eu-central-1' },
      { kind: 'route-corrected', anchor: 'eu-west-3' },
      { kind: 'distance' },
    ]
    for (const basedOn of kinds) {
      expect(basisText(figure({ basedOn }))).toMatch(/access path$/)
      expect(basisText(figure({ basedOn, path: 'backbone' }))).not.toMatch(/access/)
    }
  })
})
