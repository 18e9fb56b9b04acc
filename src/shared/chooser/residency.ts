import type { Partition, Region } from '../dataset/schema'

/**
 * Where data must stay. A hard filter, never a weight: a region outside it is
 * not a worse choice, it is no choice at all.
 */
export type Residency =
  | { kind: 'any' }
  | { kind: 'country'; countryCode: string }
  | { kind: 'eu-eea' }
  | { kind: 'partition'; partition: Partition }

export type ResidencyRegion = Pick<Region, 'countryCode' | 'partition'>

/**
 * The 27 EU member states plus the three EEA EFTA states (IS, LI, NO), as
 * ISO 3166-1 alpha-2 codes. Greece is GR here: the EU's own lists write EL.
 *
 * Sources:
 *   https://european-union.europa.eu/principles-countries-history/eu-countries_en
 *   https://www.efta.int/eea (Agreement on the European Economic Area, OJ L 1, 3.1.1994)
 * Checked against those pages as of 2026-11-27; the membership has not changed
 * since Croatia joined the EU on 2013-07-01 (and the United Kingdom left on 2020-01-31).
 *
 * Switzerland (CH) and the United Kingdom (GB) are NOT in the EU/EEA: each has
 * its own data-protection frame (revFADP, UK GDPR) and is chosen by country.
 */
export const EU_EEA_COUNTRY_CODES: ReadonlySet<string> = new Set([
  // EU member states
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  // EEA EFTA states
  'IS', 'LI', 'NO',
])

export function isEuEea(countryCode: string): boolean {
  return EU_EEA_COUNTRY_CODES.has(countryCode.toUpperCase())
}

export function satisfiesResidency(region: ResidencyRegion, residency: Residency): boolean {
  switch (residency.kind) {
    case 'any':
      return true
    case 'country':
      return region.countryCode.toUpperCase() === residency.countryCode.toUpperCase()
    case 'eu-eea':
      return isEuEea(region.countryCode)
    case 'partition':
      return region.partition === residency.partition
  }
}

export const PARTITION_LABELS: Readonly<Record<Partition, string>> = {
  aws: 'the commercial partition (aws)',
  'aws-cn': 'the China partition (aws-cn)',
  'aws-us-gov': 'the GovCloud (US) partition (aws-us-gov)',
  'aws-eusc': 'the European Sovereign Cloud partition (aws-eusc)',
}

/**
 * The constraint in plain words, as it follows "data must stay": "in the
 * EU/EEA", "in Germany", "anywhere". `countryName` turns a code into a name
 * where the caller knows one; otherwise the code is shown.
 */
export function describeResidency(residency: Residency, countryName?: (countryCode: string) => string | undefined): string {
  switch (residency.kind) {
    case 'any':
      return 'anywhere'
    case 'country':
      return `in ${countryName?.(residency.countryCode) ?? residency.countryCode}`
    case 'eu-eea':
      return 'in the EU/EEA'
    case 'partition':
      return `in ${PARTITION_LABELS[residency.partition]}`
  }
}

const PARTITION_CAVEATS: Readonly<Record<Exclude<Partition, 'aws'>, string>> = {
  'aws-eusc': 'the European Sovereign Cloud, a separate partition (aws-eusc) that ordinary AWS accounts cannot use',
  'aws-cn': 'the China partition (aws-cn), which ordinary AWS accounts cannot use',
  'aws-us-gov': 'the GovCloud (US) partition (aws-us-gov), which ordinary AWS accounts cannot use',
}

/**
 * What the residency control should say next to a constraint: which of the
 * regions it allows sit in a separately operated partition that an ordinary
 * AWS account cannot use ("EU/EEA" includes eusc-de-east-1). One line per
 * such partition, e.g. "eusc-de-east-1 is in the European Sovereign Cloud, …";
 * none for the commercial partition.
 */
export function residencyCaveats(residency: Residency, regions: readonly (ResidencyRegion & Pick<Region, 'code'>)[]): string[] {
  const byPartition = new Map<Exclude<Partition, 'aws'>, string[]>()
  for (const region of regions) {
    if (region.partition === 'aws' || !satisfiesResidency(region, residency)) continue
    byPartition.set(region.partition, [...(byPartition.get(region.partition) ?? []), region.code])
  }
  return [...byPartition].map(([partition, codes]) => `${codes.join(', ')} ${codes.length === 1 ? 'is' : 'are'} in ${PARTITION_CAVEATS[partition]}`)
}
