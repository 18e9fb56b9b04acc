import { describe, expect, it } from 'vitest'
import { markBest, markDifferences } from '../../../../src/renderer/compare/compareDiff'
import { compareGroups, type CompareGroup } from '../../../../src/renderer/compare/compareModel'
import { ec2Comparison } from '../../../../src/renderer/compare/ec2Comparison'
import { hourlyText, moneyText } from '../../../../src/renderer/compare/money'
import type { RankedRegion } from '../../../../src/shared/latency'
import { makePricedDataset } from '../../fixtures/renderer/compare'
import { makeStatusDataset } from '../../fixtures/renderer/status'
import { formatPrice } from '../../../../src/shared/pricing'
import { regionStatusesOf } from '../../../../src/shared/status'
import { rankerFor } from '../../../../src/renderer/state/selectors'

const dataset = makePricedDataset()
const regionsOf = (...codes: string[]) => codes.map((code) => dataset.regions.find((r) => r.code === code)!)

function cellsOf(groups: CompareGroup[], rowId: string) {
  const row = groups.flatMap((g) => g.rows).find((r) => r.id === rowId)
  if (!row) throw new Error(`no row ${rowId}`)
  return row
}

describe('marking differences', () => {
  it('marks the values no other region shares, and nothing when all agree', () => {
    expect(markDifferences(['DE', 'DE', 'IE'])).toEqual({ same: false, allDiffer: false, differs: [false, false, true] })
    expect(markDifferences(['aws', 'aws', 'aws'])).toEqual({ same: true, allDiffer: false, differs: [false, false, false] })
  })

  it('says that all differ rather than marking every cell when no two regions share a value', () => {
    expect(markDifferences(['DE', 'IE'])).toEqual({ same: false, allDiffer: true, differs: [false, false] })
    expect(markDifferences(['DE', 'IE', 'BR'])).toEqual({ same: false, allDiffer: true, differs: [false, false, false] })
  })

  it('never marks an unknown value as different, nor a known one against only unknowns', () => {
    expect(markDifferences(['DE', null])).toEqual({ same: false, allDiffer: false, differs: [false, false] })
    expect(markDifferences(['DE', 'DE', null, 'IE'])).toEqual({ same: false, allDiffer: false, differs: [false, false, false, true] })
  })
})

describe('marking the best value', () => {
  it('marks the lowest or highest known value, ties included', () => {
    expect(markBest([1.2, 1, 1], 'lower')).toEqual([false, true, true])
    expect(markBest([3, 5, null], 'higher')).toEqual([false, true, false])
  })

  it('marks nothing when fewer than two are known or all are equal', () => {
    expect(markBest([1.2, null], 'lower')).toEqual([false, false])
    expect(markBest([7, 7], 'lower')).toEqual([false, false])
  })
})

describe('money', () => {
  it('writes monthly amounts to the cent and sheet prices as the sheets give them', () => {
    expect(moneyText(7.592, 'USD')).toBe('$7.59')
    expect(hourlyText(0.0104, 'USD')).toBe('$0.0104')
    expect(hourlyText(0.096, 'USD')).toBe('$0.096')
    expect(hourlyText(0.0725, 'CNY')).toBe('¥0.0725')
    expect(hourlyText(0.02, 'USD')).toBe('$0.02')
  })

  it('rounds as Prices does, on the decimal digits: 0.10185 is $0.1019 in both', () => {
    expect(hourlyText(0.10185, 'USD')).toBe('$0.1019')
    expect(hourlyText(0.10185, 'USD')).toBe(formatPrice(0.10185, 'USD'))
    expect(moneyText(74.35005, 'USD')).toBe('$74.35')
  })
})

describe('the comparison, factor by factor', () => {
  const ranking: RankedRegion[] = [
    { code: 'eu-central-1', rttMs: 11.4, lowMs: 8, highMs: 16, basis: 'estimated' },
    { code: 'us-east-1', rttMs: 92.4, lowMs: 91.8, highMs: 92.4, basis: 'measured' },
    { code: 'sa-east-1', rttMs: 205, lowMs: 180, highMs: 240, basis: 'estimated' },
  ]

  it('puts the four factors in the course order', () => {
    const groups = compareGroups({ dataset, regions: regionsOf('eu-central-1', 'us-east-1'), ranking, dimmed: null })
    expect(groups.map((g) => g.id)).toEqual(['compliance', 'proximity', 'features', 'prices'])
  })

  it('compares jurisdiction: country, partition, opt-in and legal frames, with "—" where none are known', () => {
    const groups = compareGroups({ dataset, regions: regionsOf('eu-central-1', 'cn-north-1', 'us-east-1'), ranking: null, dimmed: null })
    expect(cellsOf(groups, 'country').cells.map((c) => c.text)).toEqual(['Germany (DE)', 'China (CN)', 'United States (US)'])
    const partition = cellsOf(groups, 'partition')
    expect(partition.cells.map((c) => c.differs)).toEqual([false, true, false])
    const frames = cellsOf(groups, 'legal-frames').cells
    expect(frames[0]?.text).toBe('EU GDPR')
    expect(frames[1]?.text).toBe('China PIPL, China partition')
    expect(frames[2]?.text).toBe('none listed')
    const opt = cellsOf(groups, 'opt-in')
    expect(opt.same).toBe(true)
  })

  it('shows "—" for legal frames when the dataset has no jurisdictions', () => {
    const older = makePricedDataset()
    Reflect.deleteProperty(older, 'jurisdictions')
    const groups = compareGroups({ dataset: older, regions: [older.regions[0]!, older.regions[1]!], ranking: null, dimmed: null })
    expect(cellsOf(groups, 'legal-frames').cells.map((c) => [c.text, c.unknown])).toEqual([
      ['—', true],
      ['—', true],
    ])
  })

  it('adds a constraints row only when the user set constraints', () => {
    const regions = regionsOf('eu-central-1', 'sa-east-1')
    expect(compareGroups({ dataset, regions, ranking: null, dimmed: null })[0]?.rows.map((r) => r.id)).not.toContain('constraints')
    const groups = compareGroups({ dataset, regions, ranking: null, dimmed: new Set(['sa-east-1']) })
    expect(cellsOf(groups, 'constraints').cells.map((c) => c.text)).toEqual(['within', 'outside'])
  })

  it('compares round trips from the user with their band, the shortest marked, or asks for a location', () => {
    const regions = regionsOf('us-east-1', 'eu-central-1')
    const rtt = cellsOf(compareGroups({ dataset, regions, ranking, dimmed: null }), 'rtt')
    expect(rtt.cells.map((c) => [c.text, c.detail, c.best])).toEqual([
      ['92 ms', '92–92 ms · measured', false],
      ['11 ms', '8–16 ms · estimate', true],
    ])
    const without = compareGroups({ dataset, regions, ranking: null, dimmed: null })[1]
    expect(without?.rows).toEqual([])
    expect(without?.note).toMatch(/Set your location/)
  })

  it('lists the services each region offers that another lacks, and what it lacks, unknown lists stated', () => {
    const groups = compareGroups({ dataset, regions: regionsOf('us-east-1', 'eu-central-1', 'sa-east-1', 'cn-north-1'), ranking: null, dimmed: null })
    expect(cellsOf(groups, 'service-count').cells.map((c) => c.text)).toEqual(['4', '3', '3', 'unknown (no service list)'])
    const offers = cellsOf(groups, 'offers-extra').cells
    expect(offers[0]?.list).toEqual(['Amazon Bedrock', 'AWS Lambda'])
    expect(offers[1]?.list).toEqual(['AWS Lambda'])
    expect(offers[2]?.list).toEqual(['Amazon S3 Glacier'])
    expect(offers[3]).toMatchObject({ unknown: true })
    const lacks = cellsOf(groups, 'lacks').cells
    expect(lacks[0]?.list).toEqual(['Amazon S3 Glacier'])
    expect(lacks[1]?.list).toEqual(['Amazon Bedrock', 'Amazon S3 Glacier'])
    expect(lacks[0]?.text).toMatch(/^1 \(against the known lists\)$/)
  })

  it('compares prices: the index, a worked t3.micro month and S3, CNY never ranked against USD', () => {
    const groups = compareGroups({ dataset, regions: regionsOf('us-east-1', 'eu-central-1', 'cn-north-1'), ranking: null, dimmed: null })
    const index = cellsOf(groups, 'price-index').cells
    expect(index.map((c) => [c.text, c.best])).toEqual([
      ['1.00×', true],
      ['1.20×', false],
      ['unknown', false],
    ])
    const example = cellsOf(groups, 'example').cells
    expect(example[0]).toMatchObject({ text: '$7.59', detail: '730 h × $0.0104 · as of 2026-07-20', best: true })
    expect(example[2]?.text).toBe('¥53.14')
    expect(example[2]?.detail).toMatch(/not compared with USD/)
    expect(example[2]?.best).toBe(false)
    const s3 = cellsOf(groups, 's3').cells
    expect(s3.map((c) => c.text)).toEqual(['$0.023 per GB-month', '$0.0245 per GB-month', 'unknown'])
  })
})

describe('the EC2 price sheets side by side', () => {
  it('lines every instance type up across the regions, with each column\'s dates and the cheapest marked', () => {
    const sheets = ec2Comparison(dataset, ['us-east-1', 'eu-central-1', 'me-west-1'])
    expect(sheets.columns).toEqual([
      { code: 'us-east-1', asOf: ['2026-07-20'], currency: 'USD', priced: 3 },
      { code: 'eu-central-1', asOf: ['2026-07-20', '2025-04-04'], currency: 'USD', priced: 3 },
      { code: 'me-west-1', asOf: [], currency: null, priced: 0 },
    ])
    expect(sheets.lines.map((l) => l.type)).toEqual(['t3.micro', 'm5.large', 'c7g.large'])
    const m5 = sheets.lines[1]!
    expect(m5.cells.map((c) => [c.text, c.best, c.ownDate])).toEqual([
      ['$0.096', true, false],
      ['$0.1152', false, true],
      ['not in the 2026-07-20 price sheet', false, false],
    ])
  })
})

describe('the comparison with region status and sheet dates', () => {
  const status = makeStatusDataset()
  const statuses = regionStatusesOf(status)
  const of = (...codes: string[]) => codes.map((code) => status.regions.find((r) => r.code === code)!)

  it('adds a status row with the dated line, and never stars a region that is not open as the nearest', () => {
    const ranking = rankerFor(status)({ lat: -1.2864, lon: 36.8172 })
    const groups = compareGroups({ dataset: status, regions: of('me-west-1', 'eu-central-1', 'sa-east-1'), ranking, dimmed: null, statuses })
    expect(cellsOf(groups, 'status').cells.map((c) => [c.text, c.detail])).toEqual([
      ['announced, not open yet', 'Announced, not open yet (first announced 2024-03-04)'],
      ['open', undefined],
      ['open, with a reported outage', '1 of 3 AZs reported out of service since 2026-03-01'],
    ])
    const rtt = cellsOf(groups, 'rtt')
    expect(rtt.cells[0]?.detail).toMatch(/ · announced, not open$/)
    expect(rtt.cells[0]?.best).toBe(false)
    expect(rtt.cells[1]?.best).toBe(true)
    expect(rtt.bestMeans).toBe('shortest open')
    // Each figure says what it rests on.
    expect(rtt.cells[1]?.detail).toMatch(/plus the access path/)
  })

  it('says which sheet a price index rests on, and when a row mixes sheet dates', () => {
    const groups = compareGroups({ dataset, regions: regionsOf('us-east-1', 'eu-central-1'), ranking: null, dimmed: null })
    const index = cellsOf(groups, 'price-index').cells
    expect(index[1]?.detail).toBe('over 3 instance types · mixes price sheets of 2025-04-04 and 2026-07-20')
    expect(cellsOf(groups, 'example').note).toBeUndefined()
    const older = makePricedDataset()
    older.prices.ec2 = older.prices.ec2.map((row) =>
      row.region === 'eu-central-1' && row.instanceType === 't3.micro' ? { ...row, sheet: 'usd-old' } : row,
    )
    const mixed = compareGroups({ dataset: older, regions: [older.regions.find((r) => r.code === 'us-east-1')!, older.regions[0]!], ranking: null, dimmed: null })
    expect(cellsOf(mixed, 'example').note).toBe('mixes price sheets of 2025-04-04 and 2026-07-20')
  })

  it('says which sheet lacks an example price instead of "unknown"', () => {
    const groups = compareGroups({ dataset, regions: regionsOf('us-east-1', 'me-west-1'), ranking: null, dimmed: null })
    expect(cellsOf(groups, 'example').cells[1]).toMatchObject({ text: 'not in the 2026-07-20 price sheet', unknown: true })
  })
})
