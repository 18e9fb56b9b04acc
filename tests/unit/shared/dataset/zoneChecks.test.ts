import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../../src/shared/dataset/validate'
import type { Dataset } from '../../../../src/shared/dataset/schema'
import { makeDataset, makeEdgeLocation, makeLocalZone, makeWavelengthZone } from '../../fixtures/dataset'

/** The problems of a dataset, sorted: the checks run section by section, not in the order a reader lists them. */
function problems(d: Dataset): string[] {
  const check = checkDataset(d)
  return check.ok ? [] : [...check.problems].sort()
}

describe('cross-references of the edge network and the zones', () => {
  it('accepts the fixture dataset with its Local Zone', () => {
    expect(problems(makeDataset())).toEqual([])
  })

  it('refuses a zone whose parent is not a dataset region, and a name that does not start with its parent', () => {
    const d = makeDataset()
    d.localZones.zones = [makeLocalZone({ parentRegion: 'us-west-2' })]
    expect(problems(d)).toEqual([
      'localZones.zones[0].group: "eu-central-1-ham-1" does not start with its parent region "us-west-2"',
      'localZones.zones[0].name: "eu-central-1-ham-1a" does not start with its parent region "us-west-2"',
      'localZones.zones[0].parentRegion: unknown region code "us-west-2"',
    ])
  })

  it('refuses two zones with the same name, and a reference that is not in the list', () => {
    const d = makeDataset()
    d.localZones.zones = [makeLocalZone(), makeLocalZone({ refs: [3] })]
    expect(problems(d)).toEqual([
      "localZones.zones[1].refs[0]: reference 3 is not in the section's 1 references",
      'localZones.zones[1]: duplicate zone "eu-central-1-ham-1a"',
    ])
  })

  it('refuses a parent zone ID that is not an AZ of the parent region', () => {
    const d = makeDataset()
    d.localZones.zones = [makeLocalZone({ parentZoneId: 'use1-az4' })]
    expect(problems(d)).toEqual(['localZones.zones[0].parentZoneId: "use1-az4" is not an AZ ID of eu-central-1'])
  })

  it('checks Wavelength Zones the same way', () => {
    const d = makeDataset()
    d.wavelengthZones.references = ['AWS Wavelength Developer Guide']
    d.wavelengthZones.zones = [makeWavelengthZone()]
    expect(problems(d)).toEqual(['wavelengthZones.zones[0].parentRegion: unknown region code "us-east-1"'])
  })

  it('refuses duplicate edge ids, a cache in an unknown region and an unknown source', () => {
    const d = makeDataset()
    d.edgeLocations.items = [
      makeEdgeLocation(),
      makeEdgeLocation({ sources: ['nobody'] }),
      makeEdgeLocation({ id: 'rec-us-east-1', code: null, kind: 'regional-edge-cache', region: 'us-east-1' }),
    ]
    expect(problems(d)).toEqual([
      'edgeLocations.items[1].id: duplicate location id "FRA"',
      'edgeLocations.items[1].sources[0]: unknown source id "nobody"',
      'edgeLocations.items[2].region: unknown region code "us-east-1"',
    ])
  })

  it('refuses an inter-AZ measurement by AZ ID that names an AZ the region does not have', () => {
    const d = makeDataset()
    d.availabilityZones.references = ['a blog post']
    d.availabilityZones.measurements = [
      {
        region: 'eu-central-1', a: 'euc1-az1', b: 'euc1-az9', labels: 'az-id', rttMs: 1.2, statistic: 'mean',
        minMs: null, maxMs: null, method: 'ping', date: '2020', sources: ['regions'], refs: [0], note: null,
      },
    ]
    expect(problems(d)).toEqual(['availabilityZones.measurements[0]: "euc1-az9" is not an AZ ID of eu-central-1'])
  })
})
