import type { Dataset, Source } from '../../shared/dataset/schema'

/**
 * Short credits for the image footer, by source id; a source not listed is
 * credited by its title up to the first colon. Our own compilations need no
 * credit line of their own (the footer names InfraGlobe).
 */
const SHORT: Readonly<Record<string, string | null>> = {
  'aws-sdk-partitions': 'AWS SDK',
  'cdk-region-info': 'AWS CDK',
  'aws-az-ids': 'AWS documentation',
  'regions-curated': null,
  'cloudping-p50-1y': 'cloudping.co',
  'aws-edge-locations': 'aws-edge-locations',
  'regional-edge-caches': 'aws-edge-locations',
  'regional-table-services': 'AWS regional services table',
  'regional-table-regions': 'AWS regional services table',
  'ec2-prices-2025-04': 'AWS price lists',
  'ec2-prices-karpenter': 'AWS price lists',
  's3-prices-2024-09': 'AWS price lists',
  'world-atlas': 'Natural Earth',
  'geonames-cities': 'GeoNames (CC BY 4.0)',
}

function shortCredit(source: Source): string | null {
  if (source.id in SHORT) return SHORT[source.id] ?? null
  if (source.title.startsWith('InfraGlobe ')) return null
  return source.title.split(':')[0]?.trim() || source.title
}

/** Each credit once, in the dataset's order of sources. */
export function shortCredits(sources: readonly Source[]): string[] {
  const credits: string[] = []
  for (const source of sources) {
    const credit = shortCredit(source)
    if (credit && !credits.includes(credit)) credits.push(credit)
  }
  return credits
}

/** "Data as of 2026-11-21 · Sources: AWS SDK, … · InfraGlobe": the footer of every exported image. */
export function footerLine(dataset: Pick<Dataset, 'asOf' | 'sources'>): string {
  return `Data as of ${dataset.asOf} · Sources: ${shortCredits(dataset.sources).join(', ')} · InfraGlobe`
}

/** Every source in full, for the image's metadata. */
export function fullSources(sources: readonly Source[]): string {
  return sources.map((source) => `${source.title} (${source.origin}; ${source.licence}; as of ${source.asOf})`).join('\n')
}
