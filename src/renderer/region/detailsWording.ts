import type { Currency, Dataset, Region } from '../../shared/dataset/schema'

/** "$0.0104" or "CNY 0.0990": a price in its own currency, never converted. Hourly prices keep up to four decimals. */
export function formatPrice(value: number, currency: Currency, fractionDigits: { min: number; max: number } = { min: 2, max: 4 }): string {
  const digits = value.toLocaleString('en-US', {
    minimumFractionDigits: fractionDigits.min,
    maximumFractionDigits: fractionDigits.max,
  })
  return currency === 'USD' ? `$${digits}` : `${currency} ${digits}`
}

/** A month's cost, to the cent (or fen). */
export function formatMonthly(value: number, currency: Currency): string {
  return formatPrice(value, currency, { min: 2, max: 2 })
}

/** What the opt-in flag means for someone about to use the region. */
export function optInMeaning(region: Region): string {
  return region.optIn
    ? 'Opt-in: switched off in every account until an administrator enables it, so nothing can run or be stored there before that.'
    : 'Enabled by default in every account.'
}

/** "Source: <title> · as of <date>" for a list of source ids, each named once. */
export function sourcesText(dataset: Dataset, ids: readonly string[]): string {
  const sources = [...new Set(ids)].flatMap((id) => dataset.sources.filter((s) => s.id === id))
  if (!sources.length) return 'Source: unknown'
  return `Source: ${sources.map((s) => `${s.title} · as of ${s.asOf}`).join('; ')}`
}
