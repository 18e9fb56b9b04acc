import type { Region } from '../dataset/schema'
import { PRICE_INDEX_REFERENCE } from '../pricing/priceIndexes'
import { lowerIsBetter, NEUTRAL_FACTOR } from './normalise'
import type { RegionCondition } from '../status/current'
import {
  excludedOutageReason,
  missingServicesReason,
  NOT_OPEN_REASON,
  outageReason,
  outsideResidencyReason,
  partitionReason,
  priceReason,
  proximityReason,
  residencyReason,
  scoresNote,
  SERVICES_UNKNOWN_REASON,
  serviceNoticeReason,
  servicesReason,
} from './reasons'
import { describeResidency, satisfiesResidency, type Residency } from './residency'
import type { RttBasis } from '../latency/rank'

export type ChooserRegion = Pick<Region, 'code' | 'countryCode' | 'country' | 'partition'> & {
  /** An announced region is not open yet: nothing can run there, so it is never a choice. Default 'available'. */
  status?: Region['status']
}

/** What the chooser needs of a region's dated status (shared/status): whether it is open and what is reported. */
export interface ChooserStatus {
  condition: RegionCondition
  /** Neither announced nor out of service. */
  open: boolean
  /** Degraded or out of service. */
  outage: boolean
  /** The dated line, e.g. "Region reported out of service since 2026-03-01 (…)". */
  line: string | null
}

/** How much each weighed factor counts, 0..1 each. Residency and services are not weights: they filter. */
export interface ChooserWeights {
  proximity: number
  price: number
}

export interface ChooserInput {
  regions: readonly ChooserRegion[]
  residency: Residency
  /** Service ids every candidate must offer. */
  requiredServices: readonly string[]
  /** The service ids a region offers; null where its list is unknown. */
  servicesOf: (code: string) => ReadonlySet<string> | null
  /** Round trip from the user, in ms; null where unknown. */
  rttOf: (code: string) => number | null
  /** Whether a round trip is a model estimate or a measurement, for the reasons; by default neither is said. */
  rttBasisOf?: (code: string) => RttBasis | null
  /** A comparable price figure (same basket, same currency) per region; null where unknown. */
  priceIndexOf: (code: string) => number | null
  weights: ChooserWeights
  /** The region prices are compared with in the reasons; default us-east-1, else the cheapest candidate. */
  priceReference?: string
  /** A service's display name for messages; default its id. */
  serviceName?: (id: string) => string
  /** A region's dated status; by default nothing is reported about any region. */
  statusOf?: (code: string) => ChooserStatus | null
  /**
   * Leave out regions with a reported outage (degraded or out of service).
   * On by default: a region where AZs are reported out of service is not
   * ranked as if nothing happened. Off, they are ranked with the outage as
   * their first reason; an out-of-service region is then ranked but not open.
   */
  excludeReportedOutages?: boolean
  /** A notice on a required service ("closed to new customers from 2026-04-30"), said in every candidate's reasons. */
  serviceNotice?: (id: string) => string | null
}

/** One weighed factor: the absolute figure first, then its score among the regions left. */
export interface FactorFigure {
  /** The absolute figure: ms for proximity, the price index (1 = us-east-1's prices) for price; null where unknown. */
  figure: number | null
  unit: 'ms' | 'price index'
  /** The min-max score among the regions left, 0..1; null where the figure is unknown. */
  score: number | null
}

export interface RankedChoice {
  code: string
  /** Weighted mean of the factors, 0..1, higher is better. */
  score: number
  /** 0..1, higher is better; null where the figure is unknown (it then counts as NEUTRAL_FACTOR in the score). */
  factors: { proximity: number | null; price: number | null }
  /** Each factor's absolute figure beside its relative score, so the figure can be shown first. */
  figures: { proximity: FactorFigure; price: FactorFigure }
  rttMs: number | null
  priceIndex: number | null
  /** A place to run workloads now; false for an out-of-service region ranked with outages allowed. */
  open: boolean
  condition: RegionCondition
  reasons: string[]
}

export type ExclusionCause = 'not-open' | 'residency' | 'services' | 'services-unknown' | 'reported-outage'

export interface Exclusion {
  code: string
  because: ExclusionCause
  reason: string
}

export interface RelaxAdvice {
  /** The single constraint to drop; 'both' when dropping either alone still leaves nothing. */
  constraint: 'residency' | 'services' | 'both'
  /** How many regions would remain after dropping it. */
  remaining: number
  message: string
  /** Regions that satisfy the constraints but were left out for a reported outage. */
  leftOutForOutage?: string[]
}

export interface ChooserResult {
  ranked: RankedChoice[]
  excluded: Exclusion[]
  relax: RelaxAdvice | null
  /** How to read the scores: they rank only the regions left after the filters. */
  scores: { candidates: number; note: string }
}

export const DEFAULT_PRICE_REFERENCE = PRICE_INDEX_REFERENCE

/**
 * Ranks the regions for a residency constraint, required services and two
 * weights (proximity, price).
 *
 * 1. Hard filters, in order: open (an announced region is not yet a place to
 *    run anything), residency, then services. A region whose service
 *    list is unknown is excluded ('services-unknown') when any service is
 *    required: it cannot be shown to qualify. No weight can bring an excluded
 *    region back, because weights are applied only to what is left.
 * 2. Factors, normalised among the remaining regions only (normalise.ts):
 *    min-max with the nearest / cheapest at 1 and the farthest / dearest at 0.
 *    An unknown figure counts as NEUTRAL_FACTOR (0.5) and is reported as null
 *    with the reason "latency unknown" / "price unknown".
 * 3. score = (wP · proximity + wC · price) / (wP + wC); with both weights 0
 *    there is no preference and the factors count equally.
 * 4. Order: score (desc), then rtt, then price (asc, unknown last), then code.
 *
 * Why a dearer region never ranks above a cheaper one with equal rtt, at any
 * weights: equal rtt gives an identical proximity factor (same input, same
 * arithmetic), and the price factor is strictly decreasing in price, so the
 * cheaper one's score is >= the dearer one's (> when the price weight is
 * above 0). An equal score falls to the rtt tie-break (equal) and then to
 * price, where the cheaper one comes first.
 */
export function chooseRegions(input: ChooserInput): ChooserResult {
  const { regions, residency, requiredServices, servicesOf, rttOf, priceIndexOf } = input
  const serviceName = input.serviceName ?? ((id: string) => id)
  const excluded: Exclusion[] = []
  const candidates: ChooserRegion[] = []

  for (const region of regions) {
    const cause = exclusionOf(region, input)
    if (cause === null) {
      candidates.push(region)
      continue
    }
    if (cause === 'not-open') {
      const line = input.statusOf?.(region.code)?.line
      excluded.push({ code: region.code, because: cause, reason: region.status === 'announced' || !line ? NOT_OPEN_REASON : line })
    } else if (cause === 'reported-outage') {
      excluded.push({ code: region.code, because: cause, reason: excludedOutageReason(input.statusOf?.(region.code)?.line ?? null) })
    } else if (cause === 'residency') {
      excluded.push({ code: region.code, because: cause, reason: outsideResidencyReason(residency, countryNameIn(regions)) })
    } else if (cause === 'services-unknown') {
      excluded.push({ code: region.code, because: cause, reason: SERVICES_UNKNOWN_REASON })
    } else {
      const offered = servicesOf(region.code) ?? new Set<string>()
      const missing = requiredServices.filter((s) => !offered.has(s)).map(serviceName)
      excluded.push({ code: region.code, because: cause, reason: missingServicesReason(missing, requiredServices.length) })
    }
  }

  const rtts = candidates.map((r) => finiteOrNull(rttOf(r.code)))
  const prices = candidates.map((r) => positiveOrNull(priceIndexOf(r.code)))
  const proximity = lowerIsBetter(rtts)
  const price = lowerIsBetter(prices)
  const weights = effectiveWeights(input.weights)
  const reference = priceReferenceOf(input, candidates, prices)

  const notices = requiredServices.flatMap((id) => {
    const notice = input.serviceNotice?.(id)
    return notice ? [serviceNoticeReason(serviceName(id), notice)] : []
  })
  const ranked = candidates.map((region, i): RankedChoice => {
    const factors = { proximity: proximity[i] ?? null, price: price[i] ?? null }
    const score =
      weights.proximity * (factors.proximity ?? NEUTRAL_FACTOR) + weights.price * (factors.price ?? NEUTRAL_FACTOR)
    const rttMs = rtts[i] ?? null
    const priceIndex = prices[i] ?? null
    const status = input.statusOf?.(region.code) ?? null
    const reasons = [
      status?.outage ? outageReason(status.line) : null,
      partitionReason(region.partition),
      residencyReason(residency, region.country),
      servicesReason(requiredServices.length),
      ...notices,
      proximityReason(rttMs, input.rttBasisOf?.(region.code) ?? null),
      priceReason(region.code, priceIndex, reference),
    ].filter((r): r is string => r !== null)
    return {
      code: region.code,
      score,
      factors,
      figures: {
        proximity: { figure: rttMs, unit: 'ms', score: factors.proximity },
        price: { figure: priceIndex, unit: 'price index', score: factors.price },
      },
      rttMs,
      priceIndex,
      open: status?.open ?? true,
      condition: status?.condition ?? 'open',
      reasons,
    }
  })
  ranked.sort(compareChoices)

  const relax = ranked.length === 0 ? relaxAdvice(input) : null
  return { ranked, excluded, relax, scores: { candidates: candidates.length, note: scoresNote(candidates.length) } }
}

/** A country code's name as the regions give it, for messages; undefined where no region is in that country. */
function countryNameIn(regions: readonly ChooserRegion[]): (countryCode: string) => string | undefined {
  return (cc) => regions.find((r) => r.countryCode.toUpperCase() === cc.toUpperCase())?.country
}

/** Announced regions are never a choice; an out-of-service one is open to ranking only when outages are allowed. */
function isOpen(region: ChooserRegion, input?: ChooserInput): boolean {
  if (region.status === 'announced') return false
  const status = input?.statusOf?.(region.code)
  return status?.condition !== 'announced'
}

function leftOutForOutage(region: ChooserRegion, input: ChooserInput): boolean {
  return (input.excludeReportedOutages ?? true) && (input.statusOf?.(region.code)?.outage ?? false)
}

function exclusionOf(region: ChooserRegion, input: ChooserInput): ExclusionCause | null {
  if (!isOpen(region, input)) return 'not-open'
  if (!satisfiesResidency(region, input.residency)) return 'residency'
  const services = servicesExclusion(region, input)
  if (services) return services
  return leftOutForOutage(region, input) ? 'reported-outage' : null
}

function servicesExclusion(region: ChooserRegion, input: ChooserInput): ExclusionCause | null {
  if (input.requiredServices.length === 0) return null
  const offered = input.servicesOf(region.code)
  if (offered === null) return 'services-unknown'
  return input.requiredServices.every((s) => offered.has(s)) ? null : 'services'
}

/** Clamped to 0..1 (NaN counts as 0), then scaled to sum to 1. */
export function effectiveWeights(weights: ChooserWeights): ChooserWeights {
  const clamp = (w: number) => (Number.isNaN(w) ? 0 : Math.min(1, Math.max(0, w)))
  const proximity = clamp(weights.proximity)
  const price = clamp(weights.price)
  const total = proximity + price
  return total === 0 ? { proximity: 0.5, price: 0.5 } : { proximity: proximity / total, price: price / total }
}

function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null
}

function positiveOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) && v > 0 ? v : null
}

function priceReferenceOf(
  input: ChooserInput,
  candidates: readonly ChooserRegion[],
  prices: readonly (number | null)[],
): { code: string; price: number } | null {
  const code = input.priceReference ?? DEFAULT_PRICE_REFERENCE
  const own = positiveOrNull(input.priceIndexOf(code))
  if (own !== null) return { code, price: own }
  let best: { code: string; price: number } | null = null
  candidates.forEach((r, i) => {
    const p = prices[i] ?? null
    if (p !== null && (best === null || p < best.price || (p === best.price && r.code < best.code))) {
      best = { code: r.code, price: p }
    }
  })
  return best
}

/** Unknown figures sort after known ones. */
function ascendingKnownFirst(a: number | null, b: number | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a - b
}

export function compareChoices(a: RankedChoice, b: RankedChoice): number {
  if (a.score !== b.score) return b.score - a.score
  return (
    ascendingKnownFirst(a.rttMs, b.rttMs) ||
    ascendingKnownFirst(a.priceIndex, b.priceIndex) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  )
}

/**
 * When nothing is left, which single constraint to drop. Services are
 * suggested first: residency is usually a legal obligation, while a missing
 * service can often be replaced or is on its way to the region. Residency is
 * suggested only when no region satisfies it at all. Only open regions count:
 * dropping a constraint cannot make an announced region a choice.
 */
function relaxAdvice(input: ChooserInput): RelaxAdvice | null {
  const { residency, requiredServices } = input
  const open = input.regions.filter((r) => isOpen(r, input))
  const outage = open.filter((r) => leftOutForOutage(r, input))
  const regions = open.filter((r) => !leftOutForOutage(r, input))
  const where = describeResidency(residency, countryNameIn(input.regions))
  const outageHere = outage.filter((r) => satisfiesResidency(r, residency) && servicesExclusion(r, input) === null).map((r) => r.code)
  const outageNote =
    outageHere.length > 0
      ? ` ${outageHere.join(', ')} ${outageHere.length === 1 ? 'satisfies' : 'satisfy'} the constraints but ${outageHere.length === 1 ? 'has' : 'have'} a reported outage and ${outageHere.length === 1 ? 'is' : 'are'} left out; turning off "exclude regions with reported outages" ranks ${outageHere.length === 1 ? 'it' : 'them'}.`
      : ''
  const withOutage = (advice: RelaxAdvice): RelaxAdvice =>
    outageHere.length > 0 ? { ...advice, message: advice.message + outageNote, leftOutForOutage: outageHere } : advice
  if (regions.length === 0) return null
  const inResidency = regions.filter((r) => satisfiesResidency(r, residency))
  const withServices = regions.filter((r) => servicesExclusion(r, input) === null)
  const need = requiredServices.length === 1 ? 'the required service' : `all ${requiredServices.length} services`

  if (inResidency.length > 0) {
    // A region whose service list is unknown neither offers nor lacks a service: it is never said to lack one.
    const unknown = inResidency.filter((r) => input.servicesOf(r.code) === null).map((r) => r.code)
    const known = inResidency.filter((r) => input.servicesOf(r.code) !== null)
    const absent = known.length > 0 ? servicesAbsentEverywhere(known, input) : []
    const them = unknown.length > 0 ? 'those with a known service list' : 'them'
    const none = absent.length > 0 ? ` None of ${them} offers ${absent.join(', ')}.` : ''
    const unknownNote =
      unknown.length > 0
        ? ` The service ${unknown.length === 1 ? 'list' : 'lists'} of ${listOf(unknown)} ${unknown.length === 1 ? 'is' : 'are'} unknown (not in the AWS regional services table), so ${unknown.length === 1 ? 'it' : 'they'} cannot be shown to offer ${requiredServices.length === 1 ? 'it' : 'them'}, nor said to lack ${requiredServices.length === 1 ? 'it' : 'them'}.`
        : ''
    const verb = unknown.length > 0 ? 'is known to offer' : 'offers'
    return withOutage({
      constraint: 'services',
      remaining: inResidency.length,
      message:
        `No region ${where} ${verb} ${need}. Dropping the service requirement leaves ` +
        `${plural(inResidency.length, 'region')} ${where}.${none}${unknownNote}`,
    })
  }
  if (withServices.length > 0) {
    const offering = requiredServices.length === 0 ? '' : ` that offer${withServices.length === 1 ? 's' : ''} ${need}`
    const none = outageHere.length > 0 ? `No region ${where} is left` : `No region is ${where}`
    return withOutage({
      constraint: 'residency',
      remaining: withServices.length,
      message:
        `${none}. Dropping the residency constraint leaves ` +
        `${plural(withServices.length, 'region')}${offering}.`,
    })
  }
  return withOutage({
    constraint: 'both',
    remaining: regions.length,
    message: `No region is ${where}, and no region anywhere ${regions.some((r) => input.servicesOf(r.code) === null) ? 'is known to offer' : 'offers'} ${need}. Only dropping both leaves regions.`,
  })
}

/** Required services that no region in the list is known to offer. */
function servicesAbsentEverywhere(regions: readonly ChooserRegion[], input: ChooserInput): string[] {
  const name = input.serviceName ?? ((id: string) => id)
  return input.requiredServices
    .filter((s) => regions.every((r) => !(input.servicesOf(r.code)?.has(s) ?? false)))
    .map(name)
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
