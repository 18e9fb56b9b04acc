import type { Dataset } from '../dataset/schema'
import type { RankedRegion } from '../latency/rank'
import { priceIndexesOf } from '../pricing/priceIndexes'
import { servicesOf } from '../services/availability'
import { noticeText } from '../services/notices'
import { regionStatusesOf } from '../status/open'
import type { Residency } from './residency'
import { chooseRegions, type ChooserResult, type ChooserStatus, type ChooserWeights } from './score'

/**
 * The per-region figures the chooser reads from a dataset, worked out once
 * per dataset: the price index is a pass over every price row, and the
 * chooser asks for it for every region on every change of a weight.
 */
export interface ChooserFacts {
  /** Service ids per region; a region without a list is absent (unknown). */
  services: ReadonlyMap<string, ReadonlySet<string>>
  /** The price index (priceIndexesOf); null where it is unknown. */
  priceIndex: ReadonlyMap<string, number | null>
  serviceNames: ReadonlyMap<string, string>
  /** Each region's dated status (shared/status). */
  statuses: ReadonlyMap<string, ChooserStatus>
  /** A service's notices in words, joined ("closed to new customers from 2026-04-30"); absent when it has none. */
  serviceNotices: ReadonlyMap<string, string>
}

export function chooserFacts(dataset: Dataset): ChooserFacts {
  const services = new Map<string, ReadonlySet<string>>()
  for (const { code } of dataset.regions) {
    const offered = servicesOf(dataset, code)
    if (offered) services.set(code, offered)
  }
  const serviceNames = new Map(dataset.services.catalogue.map((s) => [s.id, s.name]))
  const indexes = priceIndexesOf(dataset)
  const prices = new Map(dataset.regions.map(({ code }) => [code, indexes.get(code)?.index ?? null]))
  const serviceNotices = new Map(
    dataset.services.catalogue.filter((s) => s.notices?.length).map((s) => [s.id, (s.notices ?? []).map(noticeText).join('; ')]),
  )
  return { services, priceIndex: prices, serviceNames, statuses: regionStatusesOf(dataset), serviceNotices }
}

export interface DatasetChoice {
  residency: Residency
  requiredServices: readonly string[]
  weights: ChooserWeights
  /** Every region's round trip from the user (the renderer's selectLatencyRanking); empty without a location. */
  latency: readonly RankedRegion[]
  /** Leave out regions with a reported outage; on unless said otherwise. */
  excludeReportedOutages?: boolean
}

/** chooseRegions over a dataset's regions, with the dataset's services and price index and the user's round trips. */
export function chooseFromDataset(dataset: Dataset, facts: ChooserFacts, choice: DatasetChoice): ChooserResult {
  const rtt = new Map(choice.latency.map((r) => [r.code, r]))
  return chooseRegions({
    regions: dataset.regions,
    residency: choice.residency,
    requiredServices: choice.requiredServices,
    servicesOf: (code) => facts.services.get(code) ?? null,
    rttOf: (code) => rtt.get(code)?.rttMs ?? null,
    rttBasisOf: (code) => rtt.get(code)?.basis ?? null,
    priceIndexOf: (code) => facts.priceIndex.get(code) ?? null,
    weights: choice.weights,
    serviceName: (id) => facts.serviceNames.get(id) ?? id,
    statusOf: (code) => facts.statuses.get(code) ?? null,
    excludeReportedOutages: choice.excludeReportedOutages ?? true,
    serviceNotice: (id) => facts.serviceNotices.get(id) ?? null,
  })
}
