import type { AzSlot } from '../azs/summary'
import type { DrillPlacement, DrillService, DrillState } from './schema'

export const SERVICE_NAMES: Readonly<Record<DrillService, string>> = {
  s3: 'Amazon S3',
  dynamodb: 'Amazon DynamoDB',
}

export interface PatternOutcome {
  placement: DrillPlacement
  serving: boolean
  /** One line for a projector: what happened and the verdict ("the only instance was in use1-az4: down"). */
  reason: string
  /** What the drill simplifies, where it goes beyond what AWS states; null when nothing. */
  caveat: string | null
}

export interface DrillOutcome {
  /** One outcome per placement, in the state's order. */
  patterns: PatternOutcome[]
  /** Every AZ of the region has failed. */
  allFailed: boolean
  /** A sentence for the whole region when every AZ has failed; null otherwise. */
  summary: string | null
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) as string}`
}

/** Problems of a state against the region's AZs: an AZ it names that the region does not have. Empty when usable. */
export function drillStateProblems(state: DrillState, azs: readonly AzSlot[]): string[] {
  const keys = new Set(azs.map((a) => a.key))
  const problems: string[] = []
  const need = (key: string, what: string) => {
    if (!keys.has(key)) problems.push(`${what}: ${key} is not an AZ of ${state.region}`)
  }
  for (const p of state.placements) {
    if (p.pattern === 'single-instance') need(p.az, 'the single instance')
    if (p.pattern === 'load-balanced') for (const az of p.azs) need(az, 'the load-balanced deployment')
  }
  for (const az of state.failedAzIds) need(az, 'a failed AZ')
  return problems
}

/**
 * The drill's rules. One instance lives and dies with its AZ; a load balancer
 * sends traffic to the instances in the AZs still up; a regional service
 * keeps serving while any AZ of the region is up (AWS designs S3 and DynamoDB
 * to withstand the loss of one AZ, which the caveat says once more than one
 * is out). Every AZ failed takes everything down.
 *
 * `azs` are the region's AZs (azSummary(region).azs); the state must name
 * only those (drillStateProblems), else this throws rather than answer wrongly.
 */
export function evaluateDrill(state: DrillState, azs: readonly AzSlot[]): DrillOutcome {
  const problems = drillStateProblems(state, azs)
  if (problems.length) throw new RangeError(problems.join('; '))
  const label = new Map(azs.map((a) => [a.key, a.label]))
  const name = (key: string) => label.get(key) ?? key
  const failed = new Set(state.failedAzIds)
  const up = azs.filter((a) => !failed.has(a.key))
  const allFailed = azs.length > 0 && up.length === 0

  const outcome = (placement: DrillPlacement): PatternOutcome => {
    switch (placement.pattern) {
      case 'single-instance': {
        const down = failed.has(placement.az)
        return {
          placement,
          serving: !down,
          reason: down
            ? `the only instance was in ${name(placement.az)}: down`
            : `the only instance is in ${name(placement.az)}, which is up: serving`,
          caveat: null,
        }
      }
      case 'load-balanced': {
        const alive = placement.azs.filter((az) => !failed.has(az)).map(name)
        const lost = placement.azs.filter((az) => failed.has(az)).map(name)
        const instances = (n: number) => (n === 1 ? 'the instance' : 'the instances')
        if (alive.length === 0) {
          return { placement, serving: false, reason: `every instance was in a failed AZ (${list(lost)}): down`, caveat: null }
        }
        return {
          placement,
          serving: true,
          reason: lost.length
            ? `the load balancer sends traffic to ${instances(alive.length)} in ${list(alive)}: still serving`
            : `the load balancer spreads traffic over the instances in ${list(alive)}: serving`,
          caveat: null,
        }
      }
      case 'regional-service': {
        const service = SERVICE_NAMES[placement.service]
        if (allFailed) return { placement, serving: false, reason: `every AZ of the region is down: ${service} is down too`, caveat: null }
        if (failed.size === 0) {
          return { placement, serving: true, reason: `${service} keeps its data in several AZs of the region: serving`, caveat: null }
        }
        return {
          placement,
          serving: true,
          reason: `${service} keeps its data in several AZs and carries on in ${list(up.map((a) => a.label))}: still serving`,
          caveat:
            failed.size > 1
              ? `AWS designs ${service} to withstand the loss of one AZ; with ${failed.size} AZs out, the drill assumes it carries on`
              : null,
        }
      }
    }
  }

  return {
    patterns: state.placements.map(outcome),
    allFailed,
    summary: allFailed ? `every AZ of ${state.region} has failed: nothing in the region is serving, not even its regional services` : null,
  }
}
