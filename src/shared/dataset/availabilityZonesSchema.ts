import { z } from 'zod'
import { approximateDate, nonEmpty, referenceIndexes, referenceList, regionCode, sourceId, sourceIds } from './fields'

/** One thing AWS states about AZs, with the page it says it on. */
export const AwsStatementSchema = z.object({
  /** Our short wording of the statement ("single-digit milliseconds"). */
  text: nonEmpty,
  /** The figure in it, where it has one (100 for "about 100 km"); null for words only. */
  value: z.number().positive().nullable(),
  unit: z.string().nullable(),
  source: sourceId,
  url: nonEmpty,
  /** The page is undated: the day it was read. */
  readOn: approximateDate,
})

/**
 * A public measurement of the round trip between two AZs of one region.
 * `labels: 'az-name'` means the AZs are named as one account saw them
 * (us-east-1a): AWS maps those names to physical AZs differently in every
 * account, so the pair cannot be matched to AZ IDs. `az-id` pairs are physical.
 */
export const InterAzMeasurementSchema = z.object({
  region: regionCode,
  a: nonEmpty,
  b: nonEmpty,
  labels: z.enum(['az-name', 'az-id']),
  rttMs: z.number().positive().max(100),
  /** What rttMs is: the mean of the pings, or the fastest of them. */
  statistic: z.enum(['mean', 'min']),
  minMs: z.number().positive().nullable(),
  maxMs: z.number().positive().nullable(),
  method: nonEmpty,
  /** When it was measured (published); null where the page is undated. */
  date: approximateDate.nullable(),
  sources: sourceIds,
  refs: referenceIndexes,
  note: z.string().nullable(),
})

export const AvailabilityZonesSchema = z.object({
  sources: sourceIds,
  statements: z.object({
    /** How far apart AZs are in round-trip time, in AWS's words. */
    interAzRoundTrip: AwsStatementSchema,
    /** The farthest two AZs of a region are apart. */
    maxSeparation: AwsStatementSchema,
    /** What an AZ is. */
    definition: AwsStatementSchema,
    /** The fewest AZs a public region is built with. */
    minAzsPerPublicRegion: AwsStatementSchema,
  }),
  measurements: z.array(InterAzMeasurementSchema),
  /** What a reader must know before comparing the measurements (account-specific names, one run each). */
  caveat: nonEmpty,
  references: referenceList,
})

export type AwsStatement = z.infer<typeof AwsStatementSchema>
export type InterAzMeasurement = z.infer<typeof InterAzMeasurementSchema>
export type AvailabilityZones = z.infer<typeof AvailabilityZonesSchema>
