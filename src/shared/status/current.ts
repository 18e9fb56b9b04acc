import type { Region, StatusEffect, StatusEvent } from '../dataset/schema'

/**
 * What a region is now, from its time-independent facts (announced or not)
 * and its latest dated events:
 * - 'announced': not open yet;
 * - 'out-of-service': its latest region-wide event says it cannot run workloads;
 * - 'degraded': a region-wide event, or the latest event of one of its AZs,
 *   reports trouble that no later event has cleared;
 * - 'open': none of that.
 */
export type RegionCondition = 'open' | 'degraded' | 'out-of-service' | 'announced'

export interface AzTally {
  /** AZs whose latest event is 'unavailable'. */
  unavailable: number
  /** AZs whose latest event is 'degraded'. */
  degraded: number
  /** The region's AZ count; null where unknown. */
  total: number | null
}

export interface RegionStatusNow {
  region: string
  condition: RegionCondition
  /** A place to run workloads now: neither announced nor out of service (a degraded region is open, with a warning). */
  open: boolean
  /** An outage is reported: degraded or out of service. */
  outage: boolean
  /** The first event of the current condition; null when nothing is reported. */
  since: string | null
  azs: AzTally
  /** "2 of 3 AZs reported out of service since 2026-03-01": one dated line for the facts; null when open with nothing to say. */
  line: string | null
  /** The events the current condition rests on, oldest first: each names its sources. */
  events: StatusEvent[]
  /** The latest of those events, whose sources the line credits. */
  latest: StatusEvent | null
  /** True when every event it rests on has low confidence: shown as "reported" by a single weak source. */
  lowConfidence: boolean
}

const TROUBLE: ReadonlySet<StatusEffect> = new Set(['degraded', 'unavailable'])

/** Dates are YYYY, YYYY-MM or YYYY-MM-DD: as strings, a shorter date sorts before the days it contains. */
function byDate(a: StatusEvent, b: StatusEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0
}

/**
 * The status of `region` from `events` (any region's; only its own are read),
 * as known at `at` (YYYY-MM-DD; default: every event). Events of the same
 * date keep their dataset order, so the later row wins a tie.
 */
export function regionStatus(
  region: Pick<Region, 'code' | 'status' | 'azCount'>,
  events: readonly StatusEvent[],
  at?: string,
): RegionStatusNow {
  const own = events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.region === region.code && (at === undefined || event.date.slice(0, at.length) <= at))
    .sort((a, b) => byDate(a.event, b.event) || a.index - b.index)
    .map(({ event }) => event)

  const regionWide = own.filter((e) => e.azId === null)
  const latestWide = regionWide.at(-1) ?? null
  const latestByAz = new Map<string, StatusEvent>()
  for (const e of own) if (e.azId !== null) latestByAz.set(e.azId, e)
  const lastClear = [...regionWide].reverse().find((e) => e.effect === 'available') ?? null
  // An AZ's trouble counts only if no region-wide "available" came after it.
  const azTrouble = [...latestByAz.values()].filter((e) => TROUBLE.has(e.effect) && (!lastClear || e.date > lastClear.date))
  const azs: AzTally = {
    unavailable: azTrouble.filter((e) => e.effect === 'unavailable').length,
    degraded: azTrouble.filter((e) => e.effect === 'degraded').length,
    total: region.azCount,
  }

  const announcedOnly = region.status === 'announced' && !own.some((e) => e.effect === 'available')
  let condition: RegionCondition
  if (announcedOnly) condition = 'announced'
  else if (latestWide?.effect === 'unavailable') condition = 'out-of-service'
  else if (latestWide?.effect === 'degraded' || azTrouble.length > 0) condition = 'degraded'
  else condition = 'open'

  const incident = condition === 'out-of-service' || condition === 'degraded' ? currentIncident(own) : []
  const basis =
    condition === 'announced' ? own.filter((e) => e.effect === 'announced') : incident.length ? incident : latestWide ? [latestWide] : []
  const latest = basis.at(-1) ?? null
  const since = condition === 'announced' ? (basis[0]?.date ?? null) : condition === 'open' ? (latest?.date ?? null) : (incident[0]?.date ?? null)
  const status: RegionStatusNow = {
    region: region.code,
    condition,
    open: condition === 'open' || condition === 'degraded',
    outage: condition === 'out-of-service' || condition === 'degraded',
    since,
    azs,
    line: null,
    events: basis,
    latest,
    lowConfidence: basis.length > 0 && basis.every((e) => e.confidence === 'low'),
  }
  status.line = statusLine(status)
  return status
}

/** The run of trouble events (region-wide or AZ) that ends with the latest event: the current incident. */
function currentIncident(own: readonly StatusEvent[]): StatusEvent[] {
  const run: StatusEvent[] = []
  for (let i = own.length - 1; i >= 0; i--) {
    const e = own[i]!
    if (!TROUBLE.has(e.effect)) {
      if (e.azId === null) break
      continue
    }
    run.unshift(e)
  }
  return run
}

function azPhrase(azs: AzTally): string | null {
  const of = azs.total === null ? '' : ` of ${azs.total}`
  const parts: string[] = []
  if (azs.unavailable > 0) parts.push(`${azs.unavailable}${of} AZ${azs.unavailable === 1 && !of ? '' : 's'} reported out of service`)
  if (azs.degraded > 0) parts.push(`${azs.degraded}${azs.unavailable > 0 ? '' : of} ${azs.unavailable > 0 ? 'more ' : ''}reported degraded`)
  return parts.length ? parts.join(', ') : null
}

/**
 * The dated line a person reads: "Region reported out of service since
 * 2026-03-01 (1 of 3 AZs reported out of service, 2 more reported degraded)",
 * "Announced, not open yet (2025-05-27)", or null for an open region with
 * nothing reported. The caller adds the source of `latest`.
 */
export function statusLine(status: Omit<RegionStatusNow, 'line'>): string | null {
  const weak = status.lowConfidence ? ' (a single low-confidence report)' : ''
  const azs = azPhrase(status.azs)
  switch (status.condition) {
    case 'announced':
      return `Announced, not open yet${status.since ? ` (first announced ${status.since})` : ''}${weak}`
    case 'out-of-service':
      return `Region reported out of service since ${status.since}${azs ? ` (${azs})` : ''}${weak}`
    case 'degraded':
      return azs && status.events.every((e) => e.azId !== null)
        ? `${azs.charAt(0).toUpperCase()}${azs.slice(1)} since ${status.since}${weak}`
        : `Region reported degraded since ${status.since}${azs ? ` (${azs})` : ''}${weak}`
    case 'open':
      return null
  }
}
