import { describe, expect, it } from 'vitest'
import { LocalZoneSchema, WavelengthZoneSchema } from '../../../../src/shared/dataset/schema'
import { makeLocalZone, makeWavelengthZone } from '../../fixtures/dataset'

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`)

describe('LocalZoneSchema', () => {
  it('accepts a placed zone and an announced one known by country only', () => {
    expect(issues(LocalZoneSchema.safeParse(makeLocalZone()))).toEqual([])
    const announced = makeLocalZone({ name: null, id: null, group: null, city: null, lat: null, lon: null, status: 'announced' })
    expect(issues(LocalZoneSchema.safeParse(announced))).toEqual([])
  })

  it('refuses a zone without a city unless it is announced, and coordinates without their city', () => {
    expect(issues(LocalZoneSchema.safeParse(makeLocalZone({ city: null, lat: null, lon: null })))).toEqual([
      'city: only an announced zone may lack a city',
    ])
    expect(issues(LocalZoneSchema.safeParse(makeLocalZone({ city: null, status: 'announced' })))).toEqual([
      'city: a zone with a city has its coordinates, and only then',
    ])
    expect(issues(LocalZoneSchema.safeParse(makeLocalZone({ lon: null })))).toContain(
      'lon: latitude and longitude are given together or not at all',
    )
  })

  it('refuses a malformed zone name, an unknown status and an empty reference list', () => {
    expect(issues(LocalZoneSchema.safeParse(makeLocalZone({ name: 'Hamburg' })))).toEqual(['name: expected a zone name such as us-west-2-lax-1a'])
    expect(LocalZoneSchema.safeParse({ ...makeLocalZone(), status: 'open' }).success).toBe(false)
    expect(LocalZoneSchema.safeParse(makeLocalZone({ refs: [] })).success).toBe(false)
  })
})

describe('WavelengthZoneSchema', () => {
  it('accepts a zone with or without a known carrier', () => {
    expect(WavelengthZoneSchema.safeParse(makeWavelengthZone()).success).toBe(true)
    expect(WavelengthZoneSchema.safeParse(makeWavelengthZone({ carrier: null, name: null, id: null })).success).toBe(true)
  })
})
