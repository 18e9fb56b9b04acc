import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { formatJsonPath } from '../../src/shared/dataset/validate'
import { BuildError } from './errors'

/** The raw files the build reads, relative to the raw directory (see SOURCES.md). */
export const RAW_FILES = {
  azIds: 'regions/aws-az-ids-commercial.csv',
  curatedRegions: 'regions/aws-regions-curated.csv',
  cloudping: 'latency/cloudping-p50-1y-2025-05-29.json',
  edgeLocations: 'edge_locations/aws-edge-locations.csv',
  regionalEdgeCaches: 'zones/regional-edge-caches.csv',
  edgeAdditions: 'zones/edge-locations-additions.csv',
  cloudfrontFigures: 'zones/cloudfront-headline-figures.csv',
  localZones: 'zones/local-zones.csv',
  wavelengthZones: 'zones/wavelength-zones.csv',
  interAzLatency: 'zones/inter-az-latency.csv',
  serviceInfo: 'services/aws-regional-table-service_info-2026-08-22.json',
  regionInfo: 'services/aws-regional-table-region_info-2026-08-22.json',
  botocoreEndpoints: 'services/botocore-endpoints-services-by-region-2026-07-02.json',
  regionStatusEvents: 'zones/region-status-events.csv',
  ec2Prices2025: 'prices/ec2-ondemand-linux-selected-2025-04-04.csv',
  ec2PricesKarpenter: 'prices/ec2-ondemand-linux-selected-karpenter-2026-07.csv',
  s3Prices: 'prices/s3-standard-by-region-2024-09-25.csv',
} as const

export type RawFile = (typeof RAW_FILES)[keyof typeof RAW_FILES]

export function readRawText(rawDir: string, file: RawFile): string {
  try {
    return readFileSync(join(rawDir, file), 'utf8')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new BuildError([`${file}: cannot be read from ${rawDir} (${reason})`])
  }
}

/** Reads a raw JSON file and checks its shape, so an upstream format change fails loudly. */
export function readRawJson<T>(rawDir: string, file: RawFile, schema: z.ZodType<T>): T {
  let value: unknown
  try {
    value = JSON.parse(readRawText(rawDir, file))
  } catch (error) {
    if (error instanceof BuildError) throw error
    throw new BuildError([`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`])
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    throw new BuildError(parsed.error.issues.map((issue) => `${file}: ${formatJsonPath(issue.path)}: ${issue.message}`))
  }
  return parsed.data
}
