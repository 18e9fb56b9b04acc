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
 *
 * Schema history: 1, regions, latency, network, edge cities, services,
 * prices, legal frames; 2, the edge network's kinds and sources, Local and
 * Wavelength Zones, AZ facts, dated status events, service notices, price
 * sheet coverage and per-field fact sources.
 */
export const SCHEMA_VERSION = 2

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

/**
 * How far a fact checked beyond the curated table can be trusted: confirmed
 * by the source it names, only reported (by a secondary source, or by one that
 * is not AWS's own), or written down but not confirmed by any source read.
 */
export const FactConfidenceSchema = z.enum(['confirmed', 'reported', 'unconfirmed'])

/** Where one field of a record comes from, when that is not the record's own sources. */
export const FactSourceSchema = z.object({
  sources: sourceIds,
  confidence: FactConfidenceSchema,
  note: z.string().optional(),
})

/** The region fields a fact check can give its own source. */
export const RegionFactFieldSchema = z.enum(['launchYear', 'azCount', 'optIn', 'status', 'coordinates'])
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
  /**
   * Per-field provenance where a field was corrected or confirmed from a
   * source other than the curated table (a launch announcement, a package).
   * Optional: datasets built before it existed still open.
   */
  factSources: z.partialRecord(RegionFactFieldSchema, FactSourceSchema).optional(),
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

export const ServiceNoticeKindSchema = z.enum(['closed-to-new-customers'])

/** Something a reader must know wherever the service appears, e.g. that AWS no longer takes new customers for it. */
export const ServiceNoticeSchema = z.object({
  kind: ServiceNoticeKindSchema,
  /** The date it takes effect. */
  from: isoDate,
  text: nonEmpty,
  sources: sourceIds,
})

export const ServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a service id (lowercase, digits, dashes)'),
  name: nonEmpty,
  /** Marketing page, shown as text; null where the source gives none. */
  url: z.string().nullable(),
  notices: z.array(ServiceNoticeSchema).optional(),
})

/**
 * A (region, service) pair the sources disagree on. The service is listed as
 * offered in byRegion because one source says so; this note says which one,
 * and which source does not list it.
 */
export const ServiceOfferNoteSchema = z.object({
  region: regionCode,
  service: z.string(),
  /** The sources that say it is offered. */
  offeredPer: sourceIds,
  /** The sources that do not list it. */
  notListedBy: sourceIds,
  note: nonEmpty,
})

export const ServicesSchema = z.object({
  sources: sourceIds,
  catalogue: z.array(ServiceSchema),
  /** Service ids per region code. A region absent here has no known service list ("unknown"). */
  byRegion: z.record(regionCode, z.array(z.string())),
  /** Pairs listed as offered on one source's word only; optional for datasets built before the cross-check. */
  offerNotes: z.array(ServiceOfferNoteSchema).optional(),
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
  /**
   * What the sheet was read for: the regions and instance types it was
   * filtered to. A region or type outside it is "not in the <asOf> price
   * sheet", never "not offered". Optional for older datasets.
   */
  covers: z.object({ regions: z.array(regionCode), instanceTypes: z.array(z.string()) }).optional(),
})

export const Ec2PriceSchema = z.object({
  sheet: z.string(),
  region: regionCode,
  instanceType: z.string(),
  /** On-demand Linux, per hour, in the sheet's currency. */
  perHour: price,
  /** The source of this row when it is not the sheet's own file (a row the project extracted itself). */
  source: sourceId.optional(),
})

/** An instance type a source states is not offered in a region: the only basis for saying "not offered". */
export const NotOfferedSchema = z.object({
  region: regionCode,
  instanceType: z.string(),
  sources: sourceIds,
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
  notOffered: z.array(NotOfferedSchema).optional(),
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
  /**
   * What in the row was checked against sources and when; statements no
   * source confirmed are listed in `unconfirmed`, not silently kept.
   * Optional for datasets built before the check.
   */
  check: z
    .object({
      checkedOn: isoDate,
      references: z.array(z.object({ url: z.url(), title: nonEmpty, confidence: FactConfidenceSchema })).min(1),
      unconfirmed: z.array(nonEmpty),
    })
    .optional(),
})

export const JurisdictionsSchema = z.object({
  sources: sourceIds,
  rows: z.array(JurisdictionSchema),
})

export const StatusEffectSchema = z.enum(['degraded', 'unavailable', 'available', 'announced'])
export const EventConfidenceSchema = z.enum(['high', 'medium', 'low'])

/** A year, a month or a day: an announcement may give only "2026". */
const eventDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')

/**
 * One dated thing that happened to a region or one of its AZs. Events are
 * kept apart from the region's time-independent facts: the current status is
 * worked out from the latest events (shared/status), and a dataset without
 * events still opens. Every event names where it was read; a low-confidence
 * one is shown as "reported".
 */
export const StatusEventSchema = z.object({
  region: regionCode,
  /** The AZ the event concerns; null when it concerns the region as a whole. */
  azId: z.string().regex(/^[a-z0-9]+-az\d+$/, 'expected an AZ ID such as use1-az1').nullable(),
  date: eventDate,
  event: nonEmpty,
  effect: StatusEffectSchema,
  confidence: EventConfidenceSchema,
  references: z.array(z.object({ url: nonEmpty, title: nonEmpty })).min(1),
  note: z.string().optional(),
})

export const StatusEventsSchema = z.object({
  sources: sourceIds,
  events: z.array(StatusEventSchema),
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
  /** Dated region status; optional so that datasets built before it still open. */
  statusEvents: StatusEventsSchema.optional(),
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
export type FactConfidence = z.infer<typeof FactConfidenceSchema>
export type FactSource = z.infer<typeof FactSourceSchema>
export type RegionFactField = z.infer<typeof RegionFactFieldSchema>
export type ServiceNotice = z.infer<typeof ServiceNoticeSchema>
export type ServiceOfferNote = z.infer<typeof ServiceOfferNoteSchema>
export type NotOffered = z.infer<typeof NotOfferedSchema>
export type StatusEffect = z.infer<typeof StatusEffectSchema>
export type EventConfidence = z.infer<typeof EventConfidenceSchema>
export type StatusEvent = z.infer<typeof StatusEventSchema>
export type StatusEvents = z.infer<typeof StatusEventsSchema>
export type Dataset = z.infer<typeof DatasetSchema>

export * from './edgeLocationsSchema'
export * from './zonesSchema'
export * from './availabilityZonesSchema'
export { ConfidenceSchema, type Confidence } from './fields'
