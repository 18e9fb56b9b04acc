import type { StatusEvent } from '../../shared/dataset/schema'
import type { RegionCondition, RegionStatusNow } from '../../shared/status'

/** A region's condition in a word or two, for a badge beside a figure: null for an open region with nothing reported. */
export function conditionBadge(condition: RegionCondition): string | null {
  switch (condition) {
    case 'announced':
      return 'announced, not open'
    case 'out-of-service':
      return 'out of service'
    case 'degraded':
      return 'outage reported'
    case 'open':
      return null
  }
}

/** The shortest form, for a label on the globe beside a round trip ("66 ms · announced"). */
export function conditionTag(condition: RegionCondition): string | null {
  switch (condition) {
    case 'announced':
      return 'announced'
    case 'out-of-service':
      return 'out of service'
    case 'degraded':
      return 'outage'
    case 'open':
      return null
  }
}

/** The condition as the facts' Status line names it. */
export function conditionName(condition: RegionCondition): string {
  switch (condition) {
    case 'announced':
      return 'announced, not open yet'
    case 'out-of-service':
      return 'reported out of service'
    case 'degraded':
      return 'open, with a reported outage'
    case 'open':
      return 'open'
  }
}

/** "Status report; Other report": the titles of an event's references, shown as text (the app never navigates). */
export function referenceTitles(event: Pick<StatusEvent, 'references'>): string {
  return event.references.map((r) => r.title).join('; ')
}

/**
 * The dated line with its source, as the facts show it: "1 of 3 AZs reported
 * out of service since 2026-03-01 — Status report". A status resting only on
 * low-confidence events already says "reported … (a single low-confidence
 * report)"; null when there is nothing to say.
 */
export function statusLineWithSource(status: Pick<RegionStatusNow, 'line' | 'latest'>): string | null {
  if (!status.line) return null
  return status.latest ? `${status.line} — ${referenceTitles(status.latest)}` : status.line
}
