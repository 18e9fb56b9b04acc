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
 * CloudFront's edge network as the dataset knows it:
 * - `edge`: an edge-location city of the 2025-05 list (plus Barcelona, which
 *   that list mis-placed), where viewers' requests are answered;
 * - `regional-edge-cache`: a mid-tier cache inside an AWS Region, between the
 *   edge locations and the origin; a city can have both an edge location and
 *   a regional edge cache, and then has one item of each kind;
 * - `pop-city`: a city named in the "Points of Presence" list of AWS's
 *   CloudFront page whose kind of PoP AWS does not state there (most are
 *   probably embedded PoPs inside internet providers' networks).
 */
export const EdgeLocationKindSchema = z.enum(['edge', 'regional-edge-cache', 'pop-city'])

const locationCode = z.string().regex(/^[A-Z0-9]{3}$/, 'expected a three-letter location code')

export const EdgeLocationSchema = z
  .object({
    /** Unique key: the location code where one is known (FRA), else a lowercase slug (rec-eu-central-1, barcelona-es). */
    id: z
      .string()
      .regex(/^(?:[A-Z0-9]{3}|[a-z0-9]+(?:-[a-z0-9]+)+)$/, 'expected a location code (FRA) or a lowercase slug (rec-eu-central-1)'),
    /** The IATA-style prefix of CloudFront location codes (e.g. FRA); null where no source gives it. */
    code: locationCode.nullable(),
    city: nonEmpty,
    country: nonEmpty,
    countryCode,
    lat: latitude,
    lon: longitude,
    kind: EdgeLocationKindSchema,
    pricingRegion: z.string().nullable(),
    /** The AWS Region a regional edge cache sits in; null for the other kinds. */
    region: regionCode.nullable(),
    confidence: ConfidenceSchema,
    sources: sourceIds,
    /** Indexes into `edgeLocations.references`: where this item was read; empty when its sources say it all. */
    refs: z.array(z.int().nonnegative()),
    note: z.string().nullable(),
  })
  .superRefine((item, ctx) => {
    const isCache = item.kind === 'regional-edge-cache'
    if (isCache !== (item.region !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: isCache ? 'a regional edge cache names the AWS Region it sits in' : 'only a regional edge cache has a region',
      })
    }
  })

/** A listed city the dataset cannot place: its name is ambiguous or no city of the list matches it. */
export const UnplacedCitySchema = z.object({
  city: nonEmpty,
  countryCode,
  reason: nonEmpty,
  refs: referenceIndexes,
})

export const CloudFrontFigureKindSchema = z.enum([
  'points-of-presence',
  'edge-locations',
  'regional-edge-caches',
  'pop-cities',
  'pop-countries',
  'embedded-pops',
  'embedded-pop-cities',
])

/** One headline figure of CloudFront's network as a page states it ("600+ PoPs"). */
export const CloudFrontFigureSchema = z.object({
  figure: CloudFrontFigureKindSchema,
  value: z.int().positive(),
  /** True for "600+": the page gives a floor, not a count. */
  orMore: z.boolean(),
  /** AWS's current figures (its CloudFront features page): the ones to show; the rest are older or third-party. */
  headline: z.boolean(),
  /** The date the figure describes; null where the page is undated. */
  asOf: approximateDate.nullable(),
  /** The date as the source gives it ("undated", "c. 2017"). */
  dated: nonEmpty,
  confidence: ConfidenceSchema,
  refs: referenceIndexes,
  note: z.string().nullable(),
})

export const EdgeLocationsSchema = z.object({
  sources: sourceIds,
  note: z.string(),
  items: z.array(EdgeLocationSchema),
  unplaced: z.array(UnplacedCitySchema),
  figures: z.array(CloudFrontFigureSchema),
  /** The day the figures and the regional-edge-cache list were read from their (undated) pages. */
  readOn: approximateDate,
  /** Addresses the items, unplaced cities and figures were read from, once each; `refs` point here. */
  references: referenceList,
})

export type EdgeLocationKind = z.infer<typeof EdgeLocationKindSchema>
export type EdgeLocation = z.infer<typeof EdgeLocationSchema>
export type UnplacedCity = z.infer<typeof UnplacedCitySchema>
export type CloudFrontFigureKind = z.infer<typeof CloudFrontFigureKindSchema>
export type CloudFrontFigure = z.infer<typeof CloudFrontFigureSchema>
export type EdgeLocations = z.infer<typeof EdgeLocationsSchema>
