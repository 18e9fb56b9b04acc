import type { DatasetDates, LayerDate } from '../../shared/dataset/asOf'
import type { Currency, Dataset } from '../../shared/dataset/schema'

/** The as-of date of one layer ("latency", "network", "statusEvents" …); undefined when the dataset has none. */
export function layerAsOf(dates: DatasetDates | null, key: LayerDate['key']): string | undefined {
  const layer = dates?.layers.find((l) => l.key === key)
  return layer?.asOf
}

/** A layer's date as a range when its sources differ ("2025-11 to 2026-11-27"), else the one date. */
export function layerSpan(layer: Pick<LayerDate, 'asOf' | 'oldest'>): string {
  return layer.oldest === layer.asOf ? layer.asOf : `${layer.oldest} to ${layer.asOf}`
}

/** The dates of the EC2 sheets in one currency, oldest first ("2025-04-04, 2026-07-20"); undefined when there is none. */
export function ec2SheetDates(dataset: Pick<Dataset, 'prices'>, currency: Currency = 'USD'): string | undefined {
  const ec2Sheets = new Set(dataset.prices.ec2.map((row) => row.sheet))
  const dates = dataset.prices.sheets.filter((s) => s.currency === currency && ec2Sheets.has(s.id)).map((s) => s.asOf)
  const unique = [...new Set(dates)].sort()
  return unique.length ? unique.join(', ') : undefined
}
