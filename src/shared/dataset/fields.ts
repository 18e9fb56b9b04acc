import { z } from 'zod'

/**
 * Field shapes shared by every section of the dataset schema, so that a date,
 * a source id or a coordinate means the same thing wherever it appears.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date as YYYY-MM-DD or YYYY-MM')

/** A date a compiled row gives, as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
export const approximateDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')

export const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a source id (lowercase, digits, dashes)')
export const sourceIds = z.array(sourceId).min(1)

export const latitude = z.number().min(-90).max(90)
export const longitude = z.number().min(-180).max(180)
export const regionCode = z.string().regex(/^[a-z]{2,4}(-[a-z]+)+-\d+$/, 'expected a region code such as eu-central-1')
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code')
export const nonEmpty = z.string().trim().min(1)
export const price = z.number().positive()

/** How far a compiled fact is trusted: `high` = two or more independent sources incl. AWS; `low` = one weak source. */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low'])
export type Confidence = z.infer<typeof ConfidenceSchema>

/**
 * Indexes into a section's `references` list: the addresses a compiled row
 * was read from, kept once per section rather than repeated on every row.
 */
export const referenceIndexes = z.array(z.int().nonnegative()).min(1)
export const referenceList = z.array(nonEmpty)
