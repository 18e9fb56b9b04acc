/**
 * Hours in a month for monthly estimates: 730 = 24 × 365 ÷ 12, the
 * convention AWS's own pricing pages and calculator use.
 */
export const HOURS_PER_MONTH = 730

/** A per-hour price run for a whole month (HOURS_PER_MONTH hours), same currency. */
export function monthlyCost(perHour: number): number {
  return perHour * HOURS_PER_MONTH
}
