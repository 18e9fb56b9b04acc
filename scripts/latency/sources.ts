import type { Source } from '../../src/shared/dataset/schema'

/** Source ids for the calibration sets that the dataset itself does not use (SOURCES.md §8). */
export const RIPE_SOURCE_ID = 'ripe-atlas-country-rtt'
export const AZURE_SOURCE_ID = 'azure-inter-region-rtt'

/** As SOURCES.md §8 describes them. */
export const CALIBRATION_SOURCES: Source[] = [
  {
    id: RIPE_SOURCE_ID,
    title: 'RIPE Atlas ping round-trip statistics per country pair',
    origin:
      'https://github.com/input-output-hk/ouroboros-leios (data/internet/country_rtt_stat.csv.gz, commit 73c3b6b4 of 2025-05-05), built from the RIPE Atlas daily dumps and the iptoasn.com IP-to-ASN/country table',
    licence:
      'RIPE Atlas data under the RIPE Atlas Service Terms and Conditions (credit RIPE NCC / RIPE Atlas); data/internet/ of the hosting repository states no licence; the ASN/country mapping is from iptoasn.com (listed by third parties as PDDL 1.0)',
    asOf: '2025-04-19',
    note:
      'IPv4 ping replies of 2025-03-29, 2025-03-30, 2025-03-31, 2025-04-18 and 2025-04-19 (about 2.63 billion). The statistic is an arithmetic mean, inflated by long tails and by mobile and satellite probes; the country is the registration country of the address’s ASN, not its location. End-to-end internet RTTs, last mile included.',
  },
  {
    id: AZURE_SOURCE_ID,
    title: 'Azure network round-trip latency statistics (P95, between Azure regions)',
    origin:
      'https://github.com/mbender-ms/azure-docs (articles/networking/azure-network-latency.md, commit 5b3e2055), a fork of MicrosoftDocs/azure-docs; region coordinates compiled by hand for this project (city level)',
    licence: 'CC BY 4.0 (Microsoft documentation content); attribute Microsoft',
    asOf: '2026-07-30',
    note:
      'P95 over the 30 days ending 2026-07-30 between Azure’s own probes in 54 regions: a cloud backbone, not user internet paths and not AWS, and a near-worst case several ms or more above the median. Used only as a secondary check.',
  },
]
