import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildAvailabilityZones } from '../../../../scripts/dataset/availabilityZones'
import { ZONES_DATA_DIR } from '../../../../scripts/dataset/projectFiles'
import { HAVE_RAW, RAW_DIR, copyDir, problemsOf, removeTempDirs } from '../fixtures'

afterAll(removeTempDirs)

const inDataset = new Set(['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'sa-east-1'])

describe.skipIf(!HAVE_RAW)('the AZ facts built from the raw files and data/zones', () => {
  const azs = () => buildAvailabilityZones(RAW_DIR, { inDataset, zonesDataDir: ZONES_DATA_DIR })

  it('quotes AWS: single-digit milliseconds between AZs, with the page and the day it was read', () => {
    expect(azs().statements.interAzRoundTrip).toEqual({
      text: 'single-digit milliseconds',
      value: null,
      unit: null,
      source: 'aws-az-statements',
      url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/availability-zones.html',
      readOn: '2026-12-04',
    })
    expect(azs().statements.maxSeparation).toMatchObject({ value: 100, unit: 'km' })
    expect(azs().statements.minAzsPerPublicRegion).toMatchObject({ value: 3, unit: 'AZs' })
  })

  it('carries the 50 measured pairs of the raw file by account-specific name, and the one by AZ ID from data/zones', () => {
    const { measurements, caveat, references } = azs()
    expect(measurements).toHaveLength(51)
    expect(measurements.filter((m) => m.labels === 'az-name')).toHaveLength(50)
    expect(measurements.filter((m) => m.labels === 'az-id')).toEqual([
      expect.objectContaining({ region: 'sa-east-1', a: 'sae1-az3', b: 'sae1-az2', rttMs: 3.37, statistic: 'min', date: null }),
    ])
    // AWS's "single-digit milliseconds" holds for every public figure.
    expect(Math.max(...measurements.map((m) => m.rttMs))).toBeLessThan(10)
    expect(measurements.find((m) => m.a === 'us-east-1a' && m.b === 'us-east-1b' && m.date === '2019-06-16')).toMatchObject({ rttMs: 0.807, minMs: 0.733, maxMs: 0.9 })
    expect(caveat).toMatch(/differently in every account/)
    expect(references.some((r) => r.startsWith('richardimaoka/blog-en'))).toBe(true)
  })

  it('records the date it read each of its own facts', () => {
    const own = readFileSync(join(ZONES_DATA_DIR, 'inter-az-latency-extra.csv'), 'utf8')
    expect(own).toMatch(/,2026-12-04,/)
  })

  it('fails, naming the file and line, on a measurement in a region outside the dataset or a missing statement', () => {
    const raw = copyDir(RAW_DIR, { 'zones/inter-az-latency.csv': (t) => t.replace('\nus-west-1,us-west-1a', '\nus-west-7,us-west-1a') })
    const own = copyDir(ZONES_DATA_DIR, { 'aws-az-statements.csv': (t) => t.replace(/\ninter-az-round-trip,.*/, '') })
    expect(problemsOf(() => buildAvailabilityZones(raw, { inDataset, zonesDataDir: own }))).toEqual([
      'data/zones/aws-az-statements.csv: no row for "inter-az-round-trip"',
      expect.stringMatching(/^zones\/inter-az-latency\.csv line \d+ \(us-west-7 us-west-1a us-west-1c\): region "us-west-7" is not a region of the dataset$/),
    ])
  })
})
