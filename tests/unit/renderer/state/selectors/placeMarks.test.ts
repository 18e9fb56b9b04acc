import { describe, expect, it } from 'vitest'
import { placeMarksOf } from '../../../../../src/renderer/state/selectors'
import { placeLabel } from '../../../../../src/renderer/wording/placeWording'
import { shippedDataset } from '../../../fixtures/renderer/shippedDataset'

const dataset = shippedDataset()
const marks = placeMarksOf(dataset)

describe('the edge and zone marks of the shipped dataset', () => {
  it('draws every edge location and regional edge cache, and leaves out the PoP cities of unstated kind', () => {
    const drawn = dataset.edgeLocations.items.filter((e) => e.kind !== 'pop-city').length
    expect(marks.edges).toHaveLength(drawn)
    expect(marks.edges.some((m) => m.kind === 'regional-edge-cache')).toBe(true)
    expect(marks.edges.every((m) => m.kind === 'edge' || m.kind === 'regional-edge-cache')).toBe(true)
  })

  it('labels Nairobi’s edge location with its city, country and kind', () => {
    const nairobi = marks.edges.find((m) => m.city === 'Nairobi')
    expect(nairobi && placeLabel(nairobi)).toBe('Nairobi, Kenya · edge location (NBO)')
  })

  it('ties the Los Angeles Local Zones to us-west-2, in one mark', () => {
    const la = marks.localZones.filter((m) => m.city === 'Los Angeles')
    expect(la).toHaveLength(1)
    expect(la[0]?.region).toBe('us-west-2')
    expect(la[0]?.names).toEqual(expect.arrayContaining(['us-west-2-lax-1a', 'us-west-2-lax-1b']))
    expect(placeLabel(la[0]!)).toMatch(/^Los Angeles, United States · Local Zones \(\d+\), parent us-west-2$/)
  })

  it('names the carriers of Wavelength Zones, and gives every mark a unique key', () => {
    expect(marks.wavelengthZones.length).toBeGreaterThan(0)
    expect(marks.wavelengthZones.every((m) => m.region !== null)).toBe(true)
    expect(marks.wavelengthZones.some((m) => m.carriers.length > 0)).toBe(true)
    const keys = [...marks.edges, ...marks.localZones, ...marks.wavelengthZones].map((m) => m.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(marks.byKey.size).toBe(keys.length)
  })
})
