import { z } from 'zod'
import { AvailabilityZonesSchema } from './availabilityZonesSchema'
import { EdgeLocationsSchema } from './edgeLocationsSchema'
import { countryCode, isoDate, latitude, longitude, nonEmpty, price, regionCode, sourceId, sourceIds } from './fields'
import { LocalZonesSchema, WavelengthZonesSchema } from './zonesSchema'

/**
 * The dataset InfraGlobe ships (`assets/data/infrastructure.json`).
 *
 * This schema is the single source of the dataset's TypeScript types. Every
 * figure carries the ids of the sources it came from; a figure that no source
 * gives is `null` ("unknown" in the app), never a guess.
 */
export const SCHEMA_VERSION = 1

export const SourceSchema = z.object({
  id: sourceId,
  title: nonEmpty,
  /** Where the upstream lives: a URL, or `npm:<package>@<version>`. Shown as text, never fetched. */
  origin: nonEmpty,
  licence: nonEmpty,
  /** The date the figures describe (publication or snapshot date). */
  asOf: isoDate,
  note: z.string().optional(),
})

export const PartitionSchema = z.enum(['aws', 'aws-cn', 'aws-us-gov', 'aws-eusc'])
export const RegionStatusSchema = z.enum(['available', 'announced'])
export const CoordinatePrecisionSchema = z.enum(['city', 'metro', 'country', 'approximate'])

export const RegionSchema = z.object({
  code: regionCode,
  name: nonEmpty,
  partition: PartitionSchema,
  city: nonEmpty,
  countryCode,
  country: nonEmpty,
  lat: latitude,
  lon: longitude,
  coordinatePrecision: CoordinatePrecisionSchema,
  launchYear: z.int().min(2006).max(2100).nullable(),
  status: RegionStatusSchema,
  optIn: z.boolean(),
  azCount: z.int().min(1).max(12).nullable(),
  /** AZ IDs (e.g. use1-az1) where a source lists them; empty when unknown. */
  azIds: z.array(z.string().regex(/^[a-z0-9]+-az\d+$/, 'expected an AZ ID such as use1-az1')),
  notes: z.array(z.string()),
  /**
   * Ids of the `jurisdictions` rows that apply here, computed by the build from
   * each row's `appliesTo`. Empty means the curated table has no frame for the
   * region, which the app says as such rather than guessing one.
   */
  legalFrames: z.array(z.string()),
  sources: sourceIds,
})

export const LatencySchema = z.object({
  sources: sourceIds,
  percentile: z.enum(['p50', 'p95']),
  window: z.object({ from: isoDate, to: isoDate }),
  method: nonEmpty,
  /** Region codes, in the order of the matrix rows and columns. */
  regions: z.array(regionCode).min(2),
  /** `rttMs[i][j]`: measured round trip from regions[i] to regions[j]; null where not measured. */
  rttMs: z.array(z.array(z.number().nonnegative().max(2000).nullable())),
})

export const NetworkLinkKindSchema = z.enum(['neighbour', 'long-haul'])

/** One undirected link of the schematic network, between two dataset regions. */
export const NetworkLinkSchema = z.object({
  from: regionCode,
  to: regionCode,
  /** The measured p50 round trip from `latency` (row `from`, column `to`); null where the pair is not measured. */
  rttMs: z.number().nonnegative().max(2000).nullable(),
  kind: NetworkLinkKindSchema,
})

/**
 * A schematic inter-region network. AWS does not publish its backbone, so the
 * links are derived from the measured latencies by a documented rule (`rule`,
 * shown to the reader); they are not physical cables.
 */
export const NetworkSchema = z.object({
  sources: sourceIds,
  schematic: z.literal(true),
  rule: nonEmpty,
  links: z.array(NetworkLinkSchema),
})

export const ServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a service id (lowercase, digits, dashes)'),
  name: nonEmpty,
  /** Marketing page, shown as text; null where the source gives none. */
  url: z.string().nullable(),
})

export const ServicesSchema = z.object({
  sources: sourceIds,
  catalogue: z.array(ServiceSchema),
  /** Service ids per region code. A region absent here has no known service list ("unknown"). */
  byRegion: z.record(regionCode, z.array(z.string())),
})

export const InstanceTypeSchema = z.object({
  type: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+$/, 'expected an instance type such as t3.micro'),
  vcpu: z.int().positive(),
  memoryGiB: z.number().positive(),
})

export const CurrencySchema = z.enum(['USD', 'CNY'])

export const PriceSheetSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  source: sourceId,
  asOf: isoDate,
  currency: CurrencySchema,
})

export const Ec2PriceSchema = z.object({
  sheet: z.string(),
  region: regionCode,
  instanceType: z.string(),
  /** On-demand Linux, per hour, in the sheet's currency. */
  perHour: price,
})

export const S3PriceSchema = z.object({
  sheet: z.string(),
  region: regionCode,
  /** S3 Standard storage per GB-month, by tier; null where the source gives no figure. */
  first50TBPerGBMonth: price.nullable(),
  next450TBPerGBMonth: price.nullable(),
  over500TBPerGBMonth: price.nullable(),
  /** Per 1,000 requests. */
  getPer1000: price.nullable(),
  putPer1000: price.nullable(),
})

export const PricesSchema = z.object({
  sources: sourceIds,
  sheets: z.array(PriceSheetSchema).min(1),
  instanceTypes: z.array(InstanceTypeSchema),
  ec2: z.array(Ec2PriceSchema),
  s3: z.array(S3PriceSchema),
})

export const JurisdictionKindSchema = z.enum(['data-protection-law', 'partition'])

/**
 * One legal or operating frame a region falls under: a data-protection law
 * (by the country the region is in) or a separately operated partition. The
 * table is curated by hand; each row cites the official text it summarises.
 * It describes, it does not advise.
 */
export const JurisdictionSchema = z.object({
  id: sourceId,
  /** The full name, e.g. "EU General Data Protection Regulation (GDPR)". */
  name: nonEmpty,
  /** The name in a table cell, e.g. "EU GDPR". */
  shortName: nonEmpty,
  kind: JurisdictionKindSchema,
  /** One or two plain sentences for a student. */
  summary: nonEmpty,
  appliesTo: z.object({ countries: z.array(countryCode), partitions: z.array(PartitionSchema) }),
  /** The official text or page; shown as text, never opened by the app. */
  sourceUrl: z.url(),
  asOf: isoDate,
})

export const JurisdictionsSchema = z.object({
  sources: sourceIds,
  rows: z.array(JurisdictionSchema),
})

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
  /** The newest as-of date of any source, shown as "data as of". */
  asOf: isoDate,
  sources: z.array(SourceSchema).min(1),
  regions: z.array(RegionSchema).min(1),
  latency: LatencySchema,
  network: NetworkSchema,
  edgeLocations: EdgeLocationsSchema,
  localZones: LocalZonesSchema,
  wavelengthZones: WavelengthZonesSchema,
  availabilityZones: AvailabilityZonesSchema,
  services: ServicesSchema,
  prices: PricesSchema,
  jurisdictions: JurisdictionsSchema,
})

export type Source = z.infer<typeof SourceSchema>
export type Partition = z.infer<typeof PartitionSchema>
export type RegionStatus = z.infer<typeof RegionStatusSchema>
export type CoordinatePrecision = z.infer<typeof CoordinatePrecisionSchema>
export type Region = z.infer<typeof RegionSchema>
export type Latency = z.infer<typeof LatencySchema>
export type NetworkLinkKind = z.infer<typeof NetworkLinkKindSchema>
export type NetworkLink = z.infer<typeof NetworkLinkSchema>
export type Network = z.infer<typeof NetworkSchema>
export type Service = z.infer<typeof ServiceSchema>
export type Services = z.infer<typeof ServicesSchema>
export type InstanceType = z.infer<typeof InstanceTypeSchema>
export type Currency = z.infer<typeof CurrencySchema>
export type PriceSheet = z.infer<typeof PriceSheetSchema>
export type Ec2Price = z.infer<typeof Ec2PriceSchema>
export type S3Price = z.infer<typeof S3PriceSchema>
export type Prices = z.infer<typeof PricesSchema>
export type JurisdictionKind = z.infer<typeof JurisdictionKindSchema>
export type Jurisdiction = z.infer<typeof JurisdictionSchema>
export type Jurisdictions = z.infer<typeof JurisdictionsSchema>
export type Dataset = z.infer<typeof DatasetSchema>

export * from './edgeLocationsSchema'
export * from './zonesSchema'
export * from './availabilityZonesSchema'
export { ConfidenceSchema, type Confidence } from './fields'
