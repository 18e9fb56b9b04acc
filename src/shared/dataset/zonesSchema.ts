import { z } from 'zod'
import {
  ConfidenceSchema,
  approximateDate,
  countryCode,
  latitude,
  longitude,
  nonEmpty,
  referenceIndexes,
  referenceList,
  regionCode,
  sourceIds,
} from './fields'

/**
 * `available`: a source shows it in service; `unconfirmed`: it exists as a
 * name or address group but no source describes it (or it has left AWS's
 * documentation); `announced`: planned, known by country only.
 */
export const ZoneStatusSchema = z.enum(['available', 'unconfirmed', 'announced'])

/** A zone or network-border-group name: its parent region's code, then the place (us-west-2-lax-1a, us-east-1-wl1-bos-wlz-1). */
const zoneName = z
  .string()
  .regex(/^[a-z]{2,4}(-[a-z]+)+-\d+-[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a zone name such as us-west-2-lax-1a')
const zoneId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'expected a zone ID such as usw2-lax1-az1')

const zoneFields = {
  /** The zone's name as AWS lists it; null where no source shows one. */
  name: zoneName.nullable(),
  /** The zone ID; null where no source shows it (never derived from the naming pattern). */
  id: zoneId.nullable(),
  parentRegion: regionCode,
  /** Null only for an announced zone known by country alone. */
  city: nonEmpty.nullable(),
  countryCode,
  /** A GeoNames city centre, not a facility; null with the city. */
  lat: latitude.nullable(),
  lon: longitude.nullable(),
  status: ZoneStatusSchema,
  /** When AWS first published addresses for the zone's group in ip-ranges.json: not a launch date. */
  firstSeen: approximateDate.nullable(),
  /** The date the row's newest source describes; null where its sources are undated. */
  asOf: approximateDate.nullable(),
  confidence: ConfidenceSchema,
  sources: sourceIds,
  refs: referenceIndexes,
  note: z.string().nullable(),
}

type ZoneShape = { city: string | null; lat: number | null; lon: number | null; status: z.infer<typeof ZoneStatusSchema> }

function placeIssues(zone: ZoneShape, ctx: z.RefinementCtx): void {
  const placed = zone.lat !== null && zone.lon !== null
  if ((zone.lat === null) !== (zone.lon === null)) {
    ctx.addIssue({ code: 'custom', path: ['lon'], message: 'latitude and longitude are given together or not at all' })
  }
  if (placed !== (zone.city !== null)) {
    ctx.addIssue({ code: 'custom', path: ['city'], message: 'a zone with a city has its coordinates, and only then' })
  }
  if (zone.city === null && zone.status !== 'announced') {
    ctx.addIssue({ code: 'custom', path: ['city'], message: 'only an announced zone may lack a city' })
  }
}

export const LocalZoneSchema = z
  .object({
    ...zoneFields,
    /** The network border group AWS advertises the zone's addresses from (us-west-2-lax-1). */
    group: zoneName.nullable(),
    /** The parent-region AZ that handles some of the zone's control plane; known for few zones. */
    parentZoneId: z.string().regex(/^[a-z0-9]+-az\d+$/, 'expected an AZ ID such as use1-az4').nullable(),
  })
  .superRefine(placeIssues)

export const WavelengthZoneSchema = z
  .object({
    ...zoneFields,
    /** The telecom carrier whose 5G network hosts the zone; null where no source names it. */
    carrier: nonEmpty.nullable(),
  })
  .superRefine(placeIssues)

export const LocalZonesSchema = z.object({
  sources: sourceIds,
  note: nonEmpty,
  zones: z.array(LocalZoneSchema),
  references: referenceList,
})

export const WavelengthZonesSchema = z.object({
  sources: sourceIds,
  note: nonEmpty,
  zones: z.array(WavelengthZoneSchema),
  references: referenceList,
})

export type ZoneStatus = z.infer<typeof ZoneStatusSchema>
export type LocalZone = z.infer<typeof LocalZoneSchema>
export type WavelengthZone = z.infer<typeof WavelengthZoneSchema>
export type LocalZones = z.infer<typeof LocalZonesSchema>
export type WavelengthZones = z.infer<typeof WavelengthZonesSchema>
