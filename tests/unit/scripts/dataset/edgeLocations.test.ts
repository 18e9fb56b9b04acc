import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildEdgeLocations } from '../../../../scripts/dataset/edgeLocations'
import { geoNamesIndex, type GeoNamesIndex } from '../../../../scripts/dataset/geonames'
import type { EdgeLocations, Region } from '../../../../src/shared/dataset/schema'
import { regionalEdgeCacheTally } from '../../../../src/shared/edges/tally'
import { makeRegion } from '../../fixtures/dataset'
import { HAVE_RAW, RAW_DIR, copyDir, problemsOf, removeTempDirs } from '../fixtures'

afterAll(removeTempDirs)

/** The regions the regional-edge-cache file names, with their countries. */
const regions: Region[] = [
  ['us-east-1', 'US'], ['us-east-2', 'US'], ['us-west-1', 'US'], ['us-west-2', 'US'], ['eu-central-1', 'DE'],
  ['eu-west-1', 'IE'], ['eu-west-2', 'GB'], ['ap-south-1', 'IN'], ['ap-southeast-1', 'SG'], ['ap-northeast-1', 'JP'],
  ['ap-northeast-2', 'KR'], ['ap-southeast-2', 'AU'], ['sa-east-1', 'BR'],
].map(([code, countryCode]) => makeRegion({ code, countryCode, country: `country ${countryCode}` }))

describe.skipIf(!HAVE_RAW)('the edge network built from the raw files', () => {
  let geonames: GeoNamesIndex
  let edges: EdgeLocations
  const byCity = (city: string) => edges.items.filter((e) => e.city === city)

  beforeAll(() => {
    geonames = geoNamesIndex()
    edges = buildEdgeLocations(RAW_DIR, { regions, geonames })
  }, 60_000)

  it('restores Barcelona at its GeoNames centre in Spain, with no invented location code', () => {
    expect(byCity('Barcelona')).toEqual([
      expect.objectContaining({ id: 'barcelona-es', code: null, kind: 'edge', countryCode: 'ES', country: 'Spain', lat: 41.3888, lon: 2.159 }),
    ])
    expect(edges.items.some((e) => e.id === 'BLA' || e.countryCode === 'VE')).toBe(false)
  })

  it('names cities by city: Doha, Taipei, Ashburn and Hillsboro, each saying what the list called it', () => {
    const named = Object.fromEntries(['DOH', 'TPE', 'IAD', 'HIO'].map((id) => [id, edges.items.find((e) => e.id === id)]))
    expect(Object.values(named).map((e) => e?.city)).toEqual(['Doha', 'Taipei', 'Ashburn', 'Hillsboro'])
    expect(named.DOH?.note).toMatch(/"Qatar"/)
    expect(named.TPE?.note).toMatch(/"Taoyuan"/)
    expect(named.IAD?.note).toMatch(/"Washington"/)
    expect(named.HIO?.note).toMatch(/"Portland"/)
    expect(edges.items.some((e) => ['Qatar', 'Taoyuan'].includes(e.city))).toBe(false)
  })

  it('no longer marks Tampa, Pune or Muscat as regional edge caches: they are edge locations', () => {
    for (const city of ['Tampa', 'Pune', 'Muscat']) expect(byCity(city).map((e) => e.kind), city).toEqual(['edge'])
  })

  it('has the 13 regional edge caches AWS states, one per region, 12 confirmed and us-west-1 of medium confidence', () => {
    const caches = edges.items.filter((e) => e.kind === 'regional-edge-cache')
    expect(caches.map((c) => c.region).sort()).toEqual(regions.map((r) => r.code).sort())
    expect(caches.filter((c) => c.confidence !== 'high').map((c) => [c.region, c.confidence])).toEqual([['us-west-1', 'medium']])
    for (const c of caches) {
      expect(c.sources).toEqual(['cloudfront-regional-edge-caches', 'geonames-cities'])
      expect(c.refs.length, c.id).toBeGreaterThan(0)
      expect(c.countryCode).toBe(regions.find((r) => r.code === c.region)?.countryCode)
    }
    expect(regionalEdgeCacheTally(edges)).toEqual({ shown: 13, confirmed: 12, stated: 13 })
  })

  it('keeps a cache city’s edge location as its own item: Frankfurt has both', () => {
    expect(edges.items.filter((e) => e.city === 'Frankfurt am Main').map((e) => e.kind).sort()).toEqual(['edge', 'regional-edge-cache'])
  })

  it('adds the North American PoP cities that one name places, and lists the others as unplaced with the reason', () => {
    const pops = edges.items.filter((e) => e.kind === 'pop-city')
    expect(pops).toHaveLength(118)
    expect(new Set(pops.map((p) => p.confidence))).toEqual(new Set(['medium']))
    expect(new Set(pops.map((p) => p.countryCode))).toEqual(new Set(['CA', 'MX', 'US', 'PR']))
    expect(pops.find((p) => p.city === 'Calgary')).toMatchObject({ id: 'pop-calgary-ca', code: null, sources: ['cloudfront-pop-cities', 'geonames-cities'] })
    // Page typos are read as the city they mean, and the note says so.
    expect(pops.find((p) => p.city === 'Evansville')?.note).toMatch(/Evansille/)
    expect(edges.unplaced).toHaveLength(27)
    expect(edges.unplaced.find((u) => u.city === 'Utopia')?.reason).toMatch(/^not placed: not geocoded/)
    expect(edges.unplaced.find((u) => u.city === 'Richmond')?.reason).toMatch(/^not placed: ambiguous name/)
    expect(edges.note).toMatch(/probably embedded PoPs/)
  })

  it('carries AWS’s headline figures with their source and date, and the older ones apart', () => {
    const headline = edges.figures.filter((f) => f.headline).map((f) => [f.figure, f.value, f.orMore])
    expect(headline).toEqual([
      ['regional-edge-caches', 13, false],
      ['points-of-presence', 600, true],
      ['pop-cities', 100, true],
      ['pop-countries', 50, true],
      ['embedded-pops', 600, true],
      ['embedded-pop-cities', 200, true],
    ])
    for (const f of edges.figures.filter((x) => x.headline)) {
      expect(edges.references[f.refs[0] ?? -1]).toMatch(/^https:\/\/aws\.amazon\.com\/cloudfront\/features\//)
      expect(f).toMatchObject({ asOf: null, dated: expect.stringMatching(/^undated/) })
    }
    expect(edges.figures.find((f) => f.dated === 'c. 2017' && f.figure === 'regional-edge-caches')?.value).toBe(11)
    expect(edges.figures.filter((f) => f.value === 750).map((f) => f.confidence)).toEqual(['low', 'low'])
    expect(edges.readOn).toBe('2026-12-04')
  })

  it('fails, naming the file and line, on a cache in a region outside the dataset or off the city list', () => {
    const file = 'zones/regional-edge-caches.csv'
    const dir = copyDir(RAW_DIR, {
      [file]: (t) => t.replace(',us-east-2,US East (Ohio),39.9612,', ',us-east-9,US East (Ohio),39.9612,').replace('-33.8678,151.2073', '-33.0,150.0'),
    })
    expect(problemsOf(() => buildEdgeLocations(dir, { regions, geonames }))).toEqual([
      `${file} line 3 (us-east-9): aws region "us-east-9" is not a region of the dataset`,
      expect.stringMatching(/^zones\/regional-edge-caches\.csv line 13 \(ap-southeast-2\): coordinates -33, 150 are not a city of the GeoNames list in AU/),
    ])
  })

  it('fails when upstream fixes a row it corrects or renames, so the correction is reviewed', () => {
    const file = 'edge_locations/aws-edge-locations.csv'
    const dir = copyDir(RAW_DIR, { [file]: (t) => t.replace('DOH,Qatar,', 'DOH,Doha,') })
    expect(problemsOf(() => buildEdgeLocations(dir, { regions, geonames }))).toEqual([
      expect.stringMatching(/DOH is no longer called "Qatar" upstream/),
    ])
  })
})
