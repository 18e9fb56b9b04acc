import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { geoNamesIndex, type GeoNamesIndex } from '../../../../scripts/dataset/geonames'
import { buildLocalZones, buildWavelengthZones } from '../../../../scripts/dataset/zones'
import type { LocalZones, WavelengthZones } from '../../../../src/shared/dataset/schema'
import { HAVE_RAW, RAW_DIR, fakeGeoNames, problemsOf, removeTempDirs, tempDir, writeFiles } from '../fixtures'

afterAll(removeTempDirs)

const LOCAL_HEADER =
  'zone_name,zone_id,network_border_group,parent_region,parent_zone_id,city,country,lat,lon,status,first_seen_ip_ranges,source,as_of,confidence,note'
const WAVELENGTH_HEADER =
  'zone_name,zone_id,parent_region,carrier,city,country,lat,lon,status,first_seen_ip_ranges,source,as_of,confidence,note'

const LA = 'us-west-2-lax-1a,usw2-lax1-az1,us-west-2-lax-1,us-west-2,,Los Angeles,US,34.0522,-118.2437,available,2020-04-07,ip-ranges.json,2026-08-22,high,'
const BOS = 'us-east-1-bos-1a,use1-bos1-az1,us-east-1-bos-1,us-east-1,use1-az4,Boston,US,42.3584,-71.0598,available,2020-11-10,ip-ranges.json | AWS Local Zones User Guide,2026-08-22,high,'

const places = fakeGeoNames([
  { country: 'US', name: 'Los Angeles', lat: 34.0522, lon: -118.2437 },
  { country: 'US', name: 'Boston', lat: 42.3584, lon: -71.0598 },
  { country: 'BE', name: 'Brussels', lat: 50.8505, lon: 4.3488 },
])
const inDataset = new Set(['us-east-1', 'us-west-2', 'eusc-de-east-1'])

function localZonesFrom(...rows: string[]): LocalZones {
  const dir = writeFiles(tempDir(), { 'zones/local-zones.csv': [LOCAL_HEADER, ...rows].join('\n') + '\n' })
  return buildLocalZones(dir, { inDataset, geonames: places })
}

function localProblems(...rows: string[]): string[] {
  return problemsOf(() => localZonesFrom(...rows))
}

describe('buildLocalZones on a small file', () => {
  it('keeps a Los Angeles Local Zone with us-west-2 as its parent, its ID, group and references', () => {
    const { zones, references } = localZonesFrom(LA, BOS)
    expect(zones[0]).toMatchObject({
      name: 'us-west-2-lax-1a',
      id: 'usw2-lax1-az1',
      group: 'us-west-2-lax-1',
      parentRegion: 'us-west-2',
      parentZoneId: null,
      city: 'Los Angeles',
      countryCode: 'US',
      lat: 34.0522,
      lon: -118.2437,
      status: 'available',
      firstSeen: '2020-04-07',
      asOf: '2026-08-22',
      confidence: 'high',
      sources: ['aws-local-zones', 'geonames-cities'],
    })
    expect(references).toEqual(['ip-ranges.json', 'AWS Local Zones User Guide'])
    expect(zones[1]?.refs).toEqual([0, 1])
  })

  it('keeps an announced zone known by country only, without inventing a place for it', () => {
    const { zones } = localZonesFrom(',,,eusc-de-east-1,,,BE,,,announced,,secondary report,2026-01-15,medium,planned')
    expect(zones).toEqual([
      expect.objectContaining({ name: null, city: null, countryCode: 'BE', lat: null, lon: null, status: 'announced', sources: ['aws-local-zones'] }),
    ])
  })

  it('fails on a row without a parent region, naming the file, the line and the zone', () => {
    expect(localProblems(LA, BOS.replace(',us-east-1,use1-az4,', ',,use1-az4,'))).toEqual([
      'zones/local-zones.csv line 3 (us-east-1-bos-1a): no parent region',
    ])
  })

  it('fails on a parent region that is not a region of the dataset', () => {
    expect(localProblems(LA.replace(',us-west-2,,', ',us-west-9,,'))).toContain(
      'zones/local-zones.csv line 2 (us-west-2-lax-1a): parent region "us-west-9" is not a region of the dataset',
    )
  })

  it('fails on coordinates that are not numbers, out of range, or not a city of the GeoNames list', () => {
    const problems = localProblems(
      LA.replace('34.0522,-118.2437', '34.0522,west'),
      BOS.replace('42.3584,-71.0598', '95,-71.0598'),
      BOS.replace('us-east-1-bos-1a,use1-bos1-az1,us-east-1-bos-1', 'us-east-1-bos-2a,,us-east-1-bos-2').replace('42.3584,-71.0598', '42.0,-70.0'),
    )
    expect(problems).toEqual([
      'zones/local-zones.csv line 2 (us-west-2-lax-1a): coordinates "34.0522, west" are not a latitude in [-90, 90] and a longitude in [-180, 180]',
      'zones/local-zones.csv line 3 (us-east-1-bos-1a): coordinates "95, -71.0598" are not a latitude in [-90, 90] and a longitude in [-180, 180]',
      expect.stringMatching(/^zones\/local-zones\.csv line 4 \(us-east-1-bos-2a\): coordinates 42, -70 are not a city of the GeoNames list in US \(nearest: Boston, \d+ km away\)$/),
    ])
  })

  it('fails on a zone listed twice, pointing at the first', () => {
    expect(localProblems(LA, BOS, LA)).toEqual(['zones/local-zones.csv line 4 (us-west-2-lax-1a): zone "us-west-2-lax-1a" is listed twice (first on line 2)'])
  })

  it('fails on a zone whose name does not start with its parent region', () => {
    expect(localProblems(LA.replace(',us-west-2,,', ',us-east-1,,'))).toEqual([
      'zones/local-zones.csv line 2 (us-west-2-lax-1a): zone name "us-west-2-lax-1a" does not start with its parent region "us-east-1"',
    ])
  })

  it('fails on a city without coordinates, and on a zone without a city that is not announced', () => {
    expect(localProblems(LA.replace('34.0522,-118.2437', ','))).toEqual(['zones/local-zones.csv line 2 (us-west-2-lax-1a): no coordinates'])
    expect(localProblems(',,,eusc-de-east-1,,,BE,,,available,,report,2026-01-15,medium,')).toEqual([
      'zones/local-zones.csv line 2 (eusc-de-east-1 BE): no city, which only an announced zone may lack',
    ])
  })

  it('lists every problem of the file at once', () => {
    expect(localProblems(LA.replace(',us-west-2,,', ',,,'), BOS.replace(',high,', ',certain,'), LA, LA)).toHaveLength(3)
  })
})

describe('buildWavelengthZones on a small file', () => {
  const dirWith = (...rows: string[]) => writeFiles(tempDir(), { 'zones/wavelength-zones.csv': [WAVELENGTH_HEADER, ...rows].join('\n') })
  const BOS_WL = 'us-east-1-wl1-bos-wlz-1,use1-wl1-bos-wlz1,us-east-1,Verizon,Boston,US,42.3584,-71.0598,available,2020-10-26,AWS Wavelength Developer Guide,2026-08-22,high,'

  it('keeps the carrier, and says so when a carrier was only inferred', () => {
    const inferred = BOS_WL.replace('bos-wlz-1,use1-wl1-bos-wlz1', 'bos-wlz-2,').replace(',Verizon,', ',Verizon (inferred),')
    const { zones } = buildWavelengthZones(dirWith(BOS_WL, inferred), { inDataset, geonames: places })
    expect(zones.map((z) => z.carrier)).toEqual(['Verizon', 'Verizon'])
    expect(zones[0]?.note).toBeNull()
    expect(zones[1]?.note).toBe('carrier inferred, not stated by a source')
  })

  it('fails on an unknown parent region and on a duplicate, like the Local Zones', () => {
    const problems = problemsOf(() =>
      buildWavelengthZones(dirWith(BOS_WL, BOS_WL, BOS_WL.replace(/us-east-1/g, 'us-east-7')), { inDataset, geonames: places }),
    )
    expect(problems).toEqual([
      'zones/wavelength-zones.csv line 3 (us-east-1-wl1-bos-wlz-1): zone "us-east-1-wl1-bos-wlz-1" is listed twice (first on line 2)',
      'zones/wavelength-zones.csv line 4 (us-east-7-wl1-bos-wlz-1): parent region "us-east-7" is not a region of the dataset',
    ])
  })
})

describe.skipIf(!HAVE_RAW)('the zones of the raw files', () => {
  let geonames: GeoNamesIndex
  let local: LocalZones
  let wavelength: WavelengthZones
  const codes = new Set([
    'us-east-1', 'us-east-2', 'us-west-2', 'af-south-1', 'me-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1',
    'ap-southeast-1', 'ap-southeast-2', 'eu-central-1', 'eu-north-1', 'eu-west-2', 'eu-west-3', 'ca-central-1', 'eusc-de-east-1',
  ])

  beforeAll(() => {
    geonames = geoNamesIndex()
    local = buildLocalZones(RAW_DIR, { inDataset: codes, geonames })
    wavelength = buildWavelengthZones(RAW_DIR, { inDataset: codes, geonames })
  }, 60_000)

  it('has 60 Local Zones: 52 available, 5 unconfirmed, 3 announced', () => {
    const count = (s: string) => local.zones.filter((z) => z.status === s).length
    expect([local.zones.length, count('available'), count('unconfirmed'), count('announced')]).toEqual([60, 52, 5, 3])
  })

  it('puts both Los Angeles Local Zones under us-west-2', () => {
    const la = local.zones.filter((z) => z.city === 'Los Angeles')
    expect(la.map((z) => [z.name, z.id, z.parentRegion])).toEqual([
      ['us-west-2-lax-1a', 'usw2-lax1-az1', 'us-west-2'],
      ['us-west-2-lax-1b', 'usw2-lax1-az2', 'us-west-2'],
    ])
  })

  it('has 32 Wavelength Zones, 24 available, with Verizon in us-east-1 and KDDI in Tokyo', () => {
    expect(wavelength.zones).toHaveLength(32)
    expect(wavelength.zones.filter((z) => z.status === 'available')).toHaveLength(24)
    expect(new Set(wavelength.zones.filter((z) => z.parentRegion === 'us-east-1').map((z) => z.carrier))).toEqual(new Set(['Verizon']))
    expect(wavelength.zones.find((z) => z.city === 'Tokyo')?.carrier).toBe('KDDI')
  })

  it('gives every placed zone its references and GeoNames as a source', () => {
    for (const z of [...local.zones, ...wavelength.zones]) {
      expect(z.refs.length).toBeGreaterThan(0)
      expect(z.sources.includes('geonames-cities')).toBe(z.lat !== null)
    }
  })
})
