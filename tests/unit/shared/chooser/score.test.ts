import { describe, expect, it } from 'vitest'
import {
  chooseRegions,
  lowerIsBetter,
  type ChooserInput,
  type ChooserRegion,
  type ChooserWeights,
} from '../../../../src/shared/chooser'

/** mulberry32: a small seeded PRNG, so the property loops are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Fixture {
  region: ChooserRegion
  rtt: number | null
  price: number | null
  services: string[] | null
}

function inputOf(fixtures: readonly Fixture[], overrides: Partial<ChooserInput> = {}): ChooserInput {
  const by = new Map(fixtures.map((f) => [f.region.code, f]))
  return {
    regions: fixtures.map((f) => f.region),
    residency: { kind: 'any' },
    requiredServices: [],
    servicesOf: (code) => {
      const s = by.get(code)?.services
      return s ? new Set(s) : null
    },
    rttOf: (code) => by.get(code)?.rtt ?? null,
    priceIndexOf: (code) => by.get(code)?.price ?? null,
    weights: { proximity: 0.5, price: 0.5 },
    ...overrides,
  }
}

const region = (code: string, countryCode = 'US', country = 'United States'): ChooserRegion => ({
  code,
  countryCode,
  country,
  partition: 'aws',
})

const ALL = ['ec2', 's3', 'lambda']

const fixed: Fixture[] = [
  { region: region('us-east-1'), rtt: 90, price: 100, services: ALL },
  { region: region('eu-central-1', 'DE', 'Germany'), rtt: 12, price: 109, services: ALL },
  { region: region('eu-west-1', 'IE', 'Ireland'), rtt: 25, price: 96, services: ALL },
  { region: region('eu-south-2', 'ES', 'Spain'), rtt: 30, price: 100.2, services: ['ec2', 's3'] },
  { region: region('eu-north-1', 'SE', 'Sweden'), rtt: 28, price: 95, services: null },
  { region: region('eu-central-2', 'CH', 'Switzerland'), rtt: 8, price: 120, services: ALL },
]

/** Random regions; every third or so shares an rtt with another, some figures are unknown. */
function randomFixtures(random: () => number): Fixture[] {
  const n = 2 + Math.floor(random() * 10)
  const rttPool = [5, 20, 20, 60, 150]
  return Array.from({ length: n }, (_, i): Fixture => {
    const rtt = random() < 0.1 ? null : random() < 0.6 ? (rttPool[Math.floor(random() * rttPool.length)] ?? 5) : random() * 300
    const price = random() < 0.1 ? null : 50 + Math.round(random() * 100)
    return { region: region(`xx-test-${i + 1}`), rtt, price, services: ALL }
  })
}

const WEIGHT_STEPS = Array.from({ length: 11 }, (_, i) => i / 10)

describe('chooseRegions filters', () => {
  it('excludes regions outside the residency constraint, then those lacking a service or with an unknown list', () => {
    const result = chooseRegions(
      inputOf(fixed, { residency: { kind: 'eu-eea' }, requiredServices: ['ec2', 's3', 'lambda'] }),
    )
    expect(result.ranked.map((r) => r.code).sort()).toEqual(['eu-central-1', 'eu-west-1'])
    expect(result.excluded).toEqual([
      { code: 'us-east-1', because: 'residency', reason: expect.stringContaining('in the EU/EEA') as string },
      { code: 'eu-south-2', because: 'services', reason: 'lacks 1 of 3 required services (lambda)' },
      { code: 'eu-north-1', because: 'services-unknown', reason: expect.stringContaining('service list unknown') as string },
      { code: 'eu-central-2', because: 'residency', reason: expect.stringContaining('in the EU/EEA') as string },
    ])
    expect(result.relax).toBeNull()
  })

  it('keeps a region with an unknown service list when no service is required', () => {
    const result = chooseRegions(inputOf(fixed))
    expect(result.ranked.map((r) => r.code)).toContain('eu-north-1')
  })

  it('never brings an excluded region back, whatever the weights', () => {
    for (const proximity of WEIGHT_STEPS) {
      for (const price of WEIGHT_STEPS) {
        const result = chooseRegions(
          inputOf(fixed, { residency: { kind: 'eu-eea' }, requiredServices: ALL, weights: { proximity, price } }),
        )
        const ranked = new Set(result.ranked.map((r) => r.code))
        expect(ranked).toEqual(new Set(['eu-central-1', 'eu-west-1']))
        for (const e of result.excluded) expect(ranked.has(e.code)).toBe(false)
      }
    }
  })
})

describe('chooseRegions ordering', () => {
  it('never ranks a dearer region above a cheaper one with equal rtt, at any weights', () => {
    const random = prng(20261127)
    let pairsChecked = 0
    for (let trial = 0; trial < 300; trial++) {
      const fixtures = randomFixtures(random)
      for (const proximity of WEIGHT_STEPS) {
        for (const price of WEIGHT_STEPS) {
          const ranked = chooseRegions(inputOf(fixtures, { weights: { proximity, price } })).ranked
          ranked.forEach((a, i) => {
            ranked.slice(i + 1).forEach((b) => {
              if (a.rttMs === null || a.rttMs !== b.rttMs || a.priceIndex === null || b.priceIndex === null) return
              pairsChecked++
              expect(a.priceIndex).toBeLessThanOrEqual(b.priceIndex)
            })
          })
        }
      }
    }
    expect(pairsChecked).toBeGreaterThan(1000)
  })

  it('never lets raising the price weight move a dearer region above a cheaper one that was ahead of it', () => {
    const random = prng(7)
    for (let trial = 0; trial < 200; trial++) {
      const fixtures = randomFixtures(random)
      const proximity = random()
      let before: string[] | null = null
      const priceOf = new Map(fixtures.map((f) => [f.region.code, f.price]))
      for (const price of WEIGHT_STEPS) {
        const order = chooseRegions(inputOf(fixtures, { weights: { proximity, price } })).ranked.map((r) => r.code)
        if (before) {
          const prev = before
          for (const cheap of order) {
            for (const dear of order) {
              const pc = priceOf.get(cheap) ?? null
              const pd = priceOf.get(dear) ?? null
              if (pc === null || pd === null || pc >= pd) continue
              if (prev.indexOf(cheap) < prev.indexOf(dear)) expect(order.indexOf(cheap)).toBeLessThan(order.indexOf(dear))
            }
          }
        }
        before = order
      }
    }
  })

  it('ranks by proximity alone when the price weight is zero, and by price alone when proximity is zero', () => {
    const byProximity = chooseRegions(inputOf(fixed, { weights: { proximity: 1, price: 0 } })).ranked
    expect(byProximity.slice(0, 3).map((r) => r.code)).toEqual(['eu-central-2', 'eu-central-1', 'eu-west-1'])
    const byPrice = chooseRegions(inputOf(fixed, { weights: { proximity: 0, price: 1 } })).ranked
    expect(byPrice.slice(0, 3).map((r) => r.code)).toEqual(['eu-north-1', 'eu-west-1', 'us-east-1'])
  })

  it('breaks equal scores by rtt, then price, then code, whatever the input order', () => {
    const twins: Fixture[] = [
      { region: region('xx-b-1'), rtt: 10, price: 100, services: ALL },
      { region: region('xx-a-1'), rtt: 10, price: 100, services: ALL },
      { region: region('xx-c-1'), rtt: 50, price: 80, services: ALL },
      { region: region('xx-d-1'), rtt: 30, price: 90, services: ALL },
    ]
    const weights: ChooserWeights = { proximity: 0, price: 0 }
    const random = prng(3)
    const orders = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const shuffled = [...twins].sort(() => random() - 0.5)
      orders.add(chooseRegions(inputOf(shuffled, { weights })).ranked.map((r) => r.code).join(' '))
    }
    expect(orders.size).toBe(1)
    // Both weights 0 count the factors equally, and all four score exactly 0.5; a and b differ only by code.
    expect([...orders][0]).toBe('xx-a-1 xx-b-1 xx-d-1 xx-c-1')
  })

  it('gives an unknown figure the neutral factor in the score and null in the factors', () => {
    const fixtures: Fixture[] = [
      { region: region('xx-near-1'), rtt: 10, price: 100, services: ALL },
      { region: region('xx-far-1'), rtt: 110, price: 200, services: ALL },
      { region: region('xx-blank-1'), rtt: null, price: null, services: ALL },
    ]
    const ranked = chooseRegions(inputOf(fixtures)).ranked
    const blank = ranked.find((r) => r.code === 'xx-blank-1')
    expect(blank?.factors).toEqual({ proximity: null, price: null })
    expect(blank?.score).toBeCloseTo(0.5, 12)
    expect(ranked.map((r) => r.code)).toEqual(['xx-near-1', 'xx-blank-1', 'xx-far-1'])
    expect(blank?.reasons).toEqual(['latency unknown', 'price unknown'])
  })

  it('normalises lower-is-better figures from 1 at the best to 0 at the worst', () => {
    expect(lowerIsBetter([10, 20, 30, null])).toEqual([1, 0.5, 0, null])
    expect(lowerIsBetter([7, 7])).toEqual([1, 1])
    expect(lowerIsBetter([null])).toEqual([null])
  })
})

describe('chooseRegions reasons', () => {
  it('explains each ranked region in plain words like the issue example', () => {
    const result = chooseRegions(
      inputOf(fixed, { residency: { kind: 'eu-eea' }, requiredServices: ALL, weights: { proximity: 1, price: 0.2 } }),
    )
    const top = result.ranked[0]
    expect(top?.code).toBe('eu-central-1')
    expect(top?.reasons).toEqual(['in the EU/EEA ✓', 'offers all 3 services ✓', '12 ms from you', '9 % dearer than us-east-1'])
    expect(result.ranked[1]?.reasons.at(-1)).toBe('4 % cheaper than us-east-1')
  })

  it('says "same price as" when the difference rounds to zero, and names the country for a country constraint', () => {
    const result = chooseRegions(inputOf(fixed, { residency: { kind: 'country', countryCode: 'ES' } }))
    expect(result.ranked[0]?.reasons).toEqual(['in Spain ✓', '30 ms from you', 'same price as us-east-1'])
  })

  it('compares with the cheapest candidate when the reference region has no price', () => {
    const noReference = fixed.filter((f) => f.region.code !== 'us-east-1')
    const result = chooseRegions(inputOf(noReference, { residency: { kind: 'country', countryCode: 'DE' } }))
    expect(result.ranked[0]?.reasons.at(-1)).toBe('the reference price')
  })
})

describe('chooseRegions relax advice', () => {
  it('suggests dropping the service requirement first, with counts and the missing service', () => {
    const result = chooseRegions(
      inputOf(fixed, { residency: { kind: 'country', countryCode: 'ES' }, requiredServices: ALL }),
    )
    expect(result.ranked).toEqual([])
    expect(result.relax).toEqual({
      constraint: 'services',
      remaining: 1,
      message: 'No region in Spain offers all 3 services. Dropping the service requirement leaves 1 region in Spain. None of them offers lambda.',
    })
  })

  it('suggests dropping residency when no region satisfies it at all', () => {
    const result = chooseRegions(
      inputOf(fixed, { residency: { kind: 'country', countryCode: 'NO' }, requiredServices: ALL }),
    )
    expect(result.relax).toEqual({
      constraint: 'residency',
      remaining: 4,
      message: 'No region is in NO. Dropping the residency constraint leaves 4 regions that offer all 3 services.',
    })
  })

  it('says both must go when dropping either alone leaves nothing', () => {
    const result = chooseRegions(
      inputOf(fixed, { residency: { kind: 'partition', partition: 'aws-cn' }, requiredServices: ['quantum'] }),
    )
    expect(result.relax?.constraint).toBe('both')
    expect(result.relax?.remaining).toBe(fixed.length)
  })

  it('gives no advice while some region remains', () => {
    expect(chooseRegions(inputOf(fixed)).relax).toBeNull()
  })
})
