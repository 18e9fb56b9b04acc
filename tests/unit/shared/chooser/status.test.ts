import { describe, expect, it } from 'vitest'
import {
  chooseFromDataset,
  chooseRegions,
  chooserFacts,
  type ChooserInput,
  type ChooserRegion,
  residencyCaveats,
  type ChooserStatus,
} from '../../../../src/shared/chooser'
import { committedDataset } from '../../fixtures/committedDataset'

const region = (code: string, countryCode = 'AE', partition: ChooserRegion['partition'] = 'aws'): ChooserRegion => ({
  code,
  countryCode,
  country: countryCode,
  partition,
})

const outOfService: ChooserStatus = {
  condition: 'out-of-service',
  open: false,
  outage: true,
  line: 'Region reported out of service since 2026-03-01 (1 of 3 AZs reported out of service)',
}
const degraded: ChooserStatus = { condition: 'degraded', open: true, outage: true, line: '1 of 3 AZs reported degraded since 2026-05-07' }

function input(overrides: Partial<ChooserInput> = {}): ChooserInput {
  return {
    regions: [region('ok-east-1'), region('hit-east-1'), region('slow-east-1')],
    residency: { kind: 'any' },
    requiredServices: [],
    servicesOf: () => new Set(['ec2']),
    rttOf: (code) => ({ 'ok-east-1': 40, 'hit-east-1': 20, 'slow-east-1': 30 })[code] ?? null,
    priceIndexOf: () => 1,
    weights: { proximity: 1, price: 0 },
    statusOf: (code) => (code === 'hit-east-1' ? outOfService : code === 'slow-east-1' ? degraded : null),
    ...overrides,
  }
}

describe('the chooser and dated region status', () => {
  it('leaves out regions with reported outages by default, saying why', () => {
    const result = chooseRegions(input())
    expect(result.ranked.map((r) => r.code)).toEqual(['ok-east-1'])
    expect(result.excluded).toEqual([
      { code: 'hit-east-1', because: 'reported-outage', reason: expect.stringMatching(/^Region reported out of service since 2026-03-01 .*exclude regions with reported outages/) as string },
      { code: 'slow-east-1', because: 'reported-outage', reason: expect.stringMatching(/^1 of 3 AZs reported degraded since 2026-05-07/) as string },
    ])
  })

  it('with outages allowed, ranks them but says so first and marks an out-of-service region not open', () => {
    const result = chooseRegions(input({ excludeReportedOutages: false }))
    expect(result.ranked.map((r) => r.code)).toEqual(['hit-east-1', 'slow-east-1', 'ok-east-1'])
    const hit = result.ranked[0]
    expect(hit?.reasons[0]).toBe(`⚠ ${outOfService.line}`)
    expect(hit).toMatchObject({ open: false, condition: 'out-of-service' })
    expect(result.ranked[1]).toMatchObject({ open: true, condition: 'degraded' })
    expect(result.ranked[1]?.reasons[0]).toBe(`⚠ ${degraded.line}`)
    expect(result.ranked[2]).toMatchObject({ open: true, condition: 'open' })
  })

  it('never ranks a region whose status says it is announced', () => {
    const announced: ChooserStatus = { condition: 'announced', open: false, outage: false, line: 'Announced, not open yet (first announced 2024-03-04)' }
    const result = chooseRegions(input({ statusOf: (code) => (code === 'ok-east-1' ? announced : null), excludeReportedOutages: false }))
    expect(result.ranked.map((r) => r.code)).not.toContain('ok-east-1')
    expect(result.excluded).toContainEqual({ code: 'ok-east-1', because: 'not-open', reason: announced.line })
  })

  it('when the only region of a country has an outage, says so in the advice rather than that no region is there', () => {
    const result = chooseRegions(input({ residency: { kind: 'country', countryCode: 'BH' }, regions: [region('bah-1', 'BH'), region('ok-east-1')], statusOf: (c) => (c === 'bah-1' ? outOfService : null) }))
    expect(result.ranked).toEqual([])
    expect(result.relax?.constraint).toBe('residency')
    expect(result.relax?.message).toMatch(/^No region in BH is left\. Dropping the residency constraint leaves 1 region\./)
    expect(result.relax?.message).toMatch(/bah-1 satisfies the constraints but has a reported outage and is left out/)
    expect(result.relax?.leftOutForOutage).toEqual(['bah-1'])
  })
})

describe('the chooser result carries absolute figures and how to read scores', () => {
  it('gives each factor its figure next to its min-max score', () => {
    const result = chooseRegions(input({ statusOf: () => null, priceIndexOf: (c) => (c === 'ok-east-1' ? 1.59 : 1) }))
    const ok = result.ranked.find((r) => r.code === 'ok-east-1')
    expect(ok?.figures).toEqual({
      proximity: { figure: 40, unit: 'ms', score: 0 },
      price: { figure: 1.59, unit: 'price index', score: 0 },
    })
    expect(result.scores).toEqual({ candidates: 3, note: 'scores rank only the 3 regions left after the filters: the best of them scores 1, the worst 0' })
  })
})

describe('the chooser on the committed dataset', () => {
  const d = committedDataset()
  const facts = chooserFacts(d)
  const choose = (over: Partial<Parameters<typeof chooseFromDataset>[2]>) =>
    chooseFromDataset(d, facts, { residency: { kind: 'any' }, requiredServices: [], weights: { proximity: 0.5, price: 0.5 }, latency: [], ...over })

  it('offers Amazon S3 in Switzerland: Zurich is ranked', () => {
    const result = choose({ residency: { kind: 'country', countryCode: 'CH' }, requiredServices: ['amazon-simple-storage-service-s3'] })
    expect(result.ranked.map((r) => r.code)).toEqual(['eu-central-2'])
    expect(result.relax).toBeNull()
  })

  it('never says the China regions, whose service lists are unknown, do not offer Amazon S3', () => {
    const result = choose({ residency: { kind: 'country', countryCode: 'CN' }, requiredServices: ['amazon-simple-storage-service-s3'] })
    expect(result.ranked).toEqual([])
    const message = result.relax?.message ?? ''
    expect(message).toMatch(/^No region in China is known to offer the required service\./)
    expect(message).toMatch(/The service lists of cn-north-1 and cn-northwest-1 are unknown/)
    expect(message).not.toMatch(/None of|does not offer|do not offer/)
  })

  it('leaves out the UAE and Bahrain regions by default, with their dated status', () => {
    const result = choose({})
    const excluded = new Map(result.excluded.map((e) => [e.code, e]))
    expect(excluded.get('me-central-1')).toMatchObject({ because: 'reported-outage' })
    expect(excluded.get('me-central-1')?.reason).toMatch(/out of service since 2026-03-01/)
    expect(excluded.get('me-south-1')?.because).toBe('reported-outage')
    expect(excluded.get('me-west-1')?.because).toBe('not-open')
    expect(result.ranked.some((r) => r.code.startsWith('me-'))).toBe(false)
    const allowed = choose({ excludeReportedOutages: false })
    expect(allowed.ranked.find((r) => r.code === 'me-central-1')?.reasons[0]).toMatch(/^⚠ Region reported out of service since 2026-03-01/)
  })

  it("says in the European Sovereign Cloud's reasons that ordinary AWS accounts cannot use its partition", () => {
    const result = choose({ residency: { kind: 'eu-eea' } })
    const esc = result.ranked.find((r) => r.code === 'eusc-de-east-1')
    expect(esc?.reasons).toContain(
      'European Sovereign Cloud: a separate partition (aws-eusc) that ordinary AWS accounts cannot use; it needs an account of its own',
    )
    expect(result.ranked.find((r) => r.code === 'eu-central-1')?.reasons.join(' ')).not.toMatch(/partition/)
  })

  it("says in every candidate's reasons that App Runner is closed to new customers when it is required", () => {
    const result = choose({ requiredServices: ['aws-app-runner'] })
    expect(result.ranked.length).toBeGreaterThan(0)
    for (const r of result.ranked) expect(r.reasons).toContain('AWS App Runner: closed to new customers from 2026-04-30')
  })
})

describe('residencyCaveats', () => {
  it('says in the residency control that EU/EEA includes a partition ordinary accounts cannot use', () => {
    const d = committedDataset()
    expect(residencyCaveats({ kind: 'eu-eea' }, d.regions)).toEqual([
      'eusc-de-east-1 is in the European Sovereign Cloud, a separate partition (aws-eusc) that ordinary AWS accounts cannot use',
    ])
    expect(residencyCaveats({ kind: 'country', countryCode: 'FR' }, d.regions)).toEqual([])
    expect(residencyCaveats({ kind: 'country', countryCode: 'CN' }, d.regions)).toEqual([
      'cn-north-1, cn-northwest-1 are in the China partition (aws-cn), which ordinary AWS accounts cannot use',
    ])
  })
})
